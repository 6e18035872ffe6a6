package coder

import "testing"

// TestPhoneCalls codes a telephone phrase after a verb as the call itself,
// 041 both ways between the two parties of a coordinated subject
// (phone.go), beside the verb's own event; the tagger's "spoke/NN" inside
// the subject's phrase is still the verb.
func TestPhoneCalls(t *testing.T) {
	tests := []treeCase{
		{"agreed in a telephone call",
			"French President Emmanuel Macron and Chinese President Xi Jinping agreed in a telephone call on Monday that the war must end.",
			"(ROOT (S (NP (NP (JJ French) (NNP President) (NNP Emmanuel) (NNP Macron)) (CC and) (NP (NNP Chinese) (NNP President) (NNP Xi) (NNP Jinping))) (VP (VBD agreed) (PP (IN in) (NP (DT a) (NN telephone) (NN call))) (PP (IN on) (NP (NNP Monday))) (SBAR (IN that) (S (NP (DT the) (NN war)) (VP (MD must) (VP (VB end)))))) (. .)))",
			"FRAGOV>CHNGOV 030; CHNGOV>FRAGOV 030; FRAGOV>CHNGOV 041; CHNGOV>FRAGOV 041"},
		{"spoke/NN by telephone",
			"German Chancellor Olaf Scholz and Brazilian President Luiz Inacio Lula da Silva spoke by telephone on Friday.",
			"(ROOT (FRAG (NP (NP (JJ German) (NNP Chancellor) (NNP Olaf) (NNP Scholz)) (CC and) (NP (NP (NP (NNP Brazilian) (NNP President) (NNP Luiz) (NNP Inacio) (NNP Lula) (NNP da) (NNP Silva) (NN spoke)) (PP (IN by) (NP (NN telephone)))) (PP (IN on) (NP (NNP Friday))))) (. .)))",
			"DEUGOV>BRAGOV 041; BRAGOV>DEUGOV 041"},
		{"no telephone phrase, no call",
			"French President Emmanuel Macron and Chinese President Xi Jinping agreed on Monday that the war must end.",
			"(ROOT (S (NP (NP (JJ French) (NNP President) (NNP Emmanuel) (NNP Macron)) (CC and) (NP (NNP Chinese) (NNP President) (NNP Xi) (NNP Jinping))) (VP (VBD agreed) (PP (IN on) (NP (NNP Monday))) (SBAR (IN that) (S (NP (DT the) (NN war)) (VP (MD must) (VP (VB end)))))) (. .)))",
			"FRAGOV>CHNGOV 030; CHNGOV>FRAGOV 030"},
	}
	checkTrees(t, newsCoder(t), "2024-03-04", tests)
}
