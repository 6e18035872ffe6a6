package coder

import "testing"

// TestConjoinedClauses keeps a closing ", and" clause with a subject of its
// own from the comma options (comma.go): it is a second main clause.
func TestConjoinedClauses(t *testing.T) {
	tests := []treeCase{
		{"a second main clause after ', and' is coded",
			"The Israeli army raided Jenin, and Palestinian gunmen fired on Israeli troops.",
			"(ROOT (S (S (NP (DT The) (JJ Israeli) (NN army)) (VP (VBD raided) (NP (NNP Jenin)))) (, ,) (CC and) (S (NP (JJ Palestinian) (NNS gunmen)) (VP (VBD fired) (PP (IN on) (NP (NNP Israeli) (NNS troops))))) (. .)))",
			"PSEUAF>ISRMIL 193"},
	}
	checkTrees(t, newsCoder(t), "2023-03-26", tests)
}
