package coder

import "testing"

// TestWithReciprocals codes, as the pipeline does, relations and agreements
// made "with" a target (reciprocal.go), beside shapes that stay one-way.
func TestWithReciprocals(t *testing.T) {
	tests := []treeCase{
		{"relations established with a state are mutual",
			"Honduras established diplomatic relations with China.",
			"(ROOT (S (NP (NNS Honduras)) (VP (VBD established) (NP (JJ diplomatic) (NNS relations)) (PP (IN with) (NP (NNP China)))) (. .)))",
			"HND>CHN 054; CHN>HND 054"},
		{"recognition without 'with' is one-way",
			"Honduras recognized China.",
			"(ROOT (S (NP (NNP Honduras)) (VP (VBD recognized) (NP (NNP China))) (. .)))",
			"HND>CHN 054"},
		{"a meeting 'with' is left to its pattern",
			"Honduras met with China on Sunday.",
			"(ROOT (S (NP (NNS Honduras)) (VP (VBD met) (PP (IN with) (NP (NNP China))) (PP (IN on) (NP (NNP Sunday)))) (. .)))",
			"HND>CHN 040"},
	}
	checkTrees(t, newsCoder(t), "2023-03-26", tests)
}
