package coder

import "testing"

// TestBrokerings codes a mediation named by a participle beside the act it
// brokered (hosted.go, brokerings): the broker's 045 to each party; a deal
// "backed by" a state names no mediation.
func TestBrokerings(t *testing.T) {
	tests := []treeCase{
		{"a deal brokered by X",
			"Armenia and Azerbaijan agreed on Monday to a prisoner exchange in a deal brokered by Russia.",
			"(ROOT (S (NP (NNP Armenia) (CC and) (NNP Azerbaijan)) (VP (VBD agreed) (PP (IN on) (NP (NNP Monday))) (PP (TO to) (NP (DT a) (NN prisoner) (NN exchange))) (PP (IN in) (NP (NP (DT a) (NN deal)) (VP (VBN brokered) (PP (IN by) (NP (NNP Russia))))))) (. .)))",
			"ARM>AZE 0353; AZE>ARM 0353; RUS>ARM 045; RUS>AZE 045"},
		{"a deal backed by X is no mediation",
			"Armenia and Azerbaijan agreed on Monday to a prisoner exchange in a deal backed by Russia.",
			"(ROOT (S (NP (NNP Armenia) (CC and) (NNP Azerbaijan)) (VP (VBD agreed) (PP (IN on) (NP (NNP Monday))) (PP (TO to) (NP (DT a) (NN prisoner) (NN exchange))) (PP (IN in) (NP (NP (DT a) (NN deal)) (VP (VBN backed) (PP (IN by) (NP (NNP Russia))))))) (. .)))",
			"ARM>AZE 0353; AZE>ARM 0353"},
	}
	checkTrees(t, newsCoder(t), "2024-03-04", tests)
}
