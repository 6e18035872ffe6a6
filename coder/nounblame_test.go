package coder

import "testing"

// TestBlamedAuthors gives an attack whose author is named only by blame
// the accused as source (nounblame.go).
func TestBlamedAuthors(t *testing.T) {
	tests := []treeCase{
		{"an attack with a place as source, blaming X: X's attack",
			"A drone strike on a wedding party in Nangarhar province killed 14 civilians, Afghan officials said, blaming U.S. forces.",
			"(ROOT (S (S (NP (NP (NP (DT A) (NN drone) (NN strike)) (PP (IN on) (NP (DT a) (VBG wedding) (NN party)))) (PP (IN in) (NP (NNP Nangarhar) (NN province)))) (VP (VBD killed) (NP (CD 14) (NNS civilians)))) (, ,) (NP (NNP Afghan) (NNS officials)) (VP (VBD said) (, ,) (S (VP (VBG blaming) (NP (NNP U.S.) (NNS forces))))) (. .)))",
			"USAMIL>AFGCVL 195; AFGGOV>USAMIL 112"},
	}
	checkTrees(t, newsCoder(t), "2024-05-01", tests)
}
