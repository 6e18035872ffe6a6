package coder

import "testing"

// TestRetaliations codes a retaliation with no object against the author
// of the act before it (retaliate.go): fire returned, and, with a shared
// subject, a vow to retaliate for an accused act (138); fire returned with
// no act before it gives nothing. pipeline/links23_test.go has the vow
// against a tariff (1312), a row of the pipeline's verb file.
func TestRetaliations(t *testing.T) {
	tests := []treeCase{
		{"returned fire",
			"Armenian troops shelled an Azerbaijani village on Monday, and Azerbaijani forces returned fire.",
			"(ROOT (S (S (NP (JJ Armenian) (NNS troops)) (VP (VBD shelled) (NP (DT an) (NNP Azerbaijani) (NN village)) (PP (IN on) (NP (NNP Monday))))) (, ,) (CC and) (S (NP (NNP Azerbaijani) (NNS forces)) (VP (VBD returned) (NP (NN fire)))) (. .)))",
			"ARMMIL>AZECVL 194; AZEMIL>ARMMIL 190"},
		{"shared subject",
			"Sudan accused Chad of arming the rebels and vowed to retaliate.",
			"(ROOT (S (NP (NNP Sudan)) (VP (VP (VBD accused) (NP (NP (NNP Chad)) (PP (IN of) (S (VP (VBG arming) (NP (DT the) (NNS rebels))))))) (CC and) (VP (VBD vowed) (S (VP (TO to) (VP (VB retaliate)))))) (. .)))",
			"SDN>TCD 112; SDN>TCD 138"},
		{"no act before",
			"Armenian troops returned fire.",
			"(ROOT (S (NP (JJ Armenian) (NNS troops)) (VP (VBD returned) (NP (NN fire))) (. .)))",
			""},
	}
	checkTrees(t, newsCoder(t), "2024-03-04", tests)
}
