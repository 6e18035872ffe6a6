package coder

import "testing"

// TestHostings codes a hosting named by a participle beside the act it
// housed (hosted.go): the host receives both parties (043) and each visits
// the host's country (042); three parties are a summit, not a hosting of
// both sides.
func TestHostings(t *testing.T) {
	tests := []treeCase{
		{"a ceremony hosted by X",
			"Serbia and Kosovo signed an energy accord in Paris on Monday at a ceremony hosted by French President Emmanuel Macron.",
			"(ROOT (S (NP (NNP Serbia) (CC and) (NNP Kosovo)) (VP (VBD signed) (NP (DT an) (NN energy) (NN accord)) (PP (IN in) (NP (NNP Paris))) (PP (IN on) (NP (NNP Monday))) (PP (IN at) (NP (NP (DT a) (NN ceremony)) (VP (VBN hosted) (PP (IN by) (NP (NNP French) (NNP President) (NNP Emmanuel) (NNP Macron))))))) (. .)))",
			"SRB>KSV 057; KSV>SRB 057; FRAGOV>SRB 043; SRB>FRA 042; FRAGOV>KSV 043; KSV>FRA 042"},
		{"X said after hosting their leaders",
			"Peru and Ecuador agreed on Friday to reopen their border, Brazilian President Luiz Inacio Lula da Silva said after hosting their leaders in Brasilia.",
			"(ROOT (S (S (NP (NNP Peru) (CC and) (NNP Ecuador)) (VP (VBD agreed) (PP (IN on) (NP (NNP Friday))) (S (VP (TO to) (VP (VB reopen) (NP (PRP$ their) (NN border))))))) (, ,) (NP (JJ Brazilian) (NNP President) (NNP Luiz) (NNP Inacio) (NNP Lula) (NNP da) (NNP Silva)) (VP (VBD said) (PP (IN after) (S (VP (VBG hosting) (NP (PRP$ their) (NNS leaders)) (PP (IN in) (NP (NNP Brasilia))))))) (. .)))",
			"PER>ECU 030; ECU>PER 030; BRAGOV>PER 043; PER>BRA 042; BRAGOV>ECU 043; ECU>BRA 042"},
		{"three parties: no hosting",
			"Chad, Niger and Mali signed a security pact on Monday at a ceremony hosted by French President Emmanuel Macron.",
			"(ROOT (S (NP (NP (NNP Chad)) (, ,) (NP (NNP Niger)) (CC and) (NP (NNP Mali))) (VP (VBD signed) (NP (DT a) (NN security) (NN pact)) (PP (IN on) (NP (NNP Monday))) (PP (IN at) (NP (NP (DT a) (NN ceremony)) (VP (VBN hosted) (PP (IN by) (NP (NNP French) (NNP President) (NNP Emmanuel) (NNP Macron))))))) (. .)))",
			"TCD>NER 057; NER>TCD 057; TCD>MLI 057; MLI>TCD 057; NER>MLI 057; MLI>NER 057"},
	}
	checkTrees(t, newsCoder(t), "2024-03-04", tests)
}
