package coder

import "testing"

// TestExpectedActs drops the events of a that-clause after a word of hope,
// confidence or expectation (expect.go); a plain reported clause is coded.
func TestExpectedActs(t *testing.T) {
	tests := []treeCase{
		{"confident that: only the optimism",
			"Turkey said it was confident that Iraq would accept the agreement.",
			"(ROOT (S (NP (NNP Turkey)) (VP (VBD said) (SBAR (S (NP (PRP it)) (VP (VBD was) (ADJP (JJ confident) (SBAR (IN that) (S (NP (NNP Iraq)) (VP (MD would) (VP (VB accept) (NP (DT the) (NN agreement))))))))))) (. .)))",
			"TUR>IRQOCC 013"},
		{"hoped that: no return to talks",
			"Germany hoped that Iran would return to talks with France.",
			"(ROOT (S (NP (NNP Germany)) (VP (VBD hoped) (SBAR (IN that) (S (NP (NNP Iran)) (VP (MD would) (VP (VB return) (PP (TO to) (NP (NNS talks))) (PP (IN with) (NP (NNP France)))))))) (. .)))",
			"DEU>IRN 013"},
		{"said that: the statement stays",
			"Egypt said that Israel had attacked Gaza.",
			"(ROOT (S (NP (NNP Egypt)) (VP (VBD said) (SBAR (IN that) (S (NP (NNP Israel)) (VP (VBD had) (VP (VBN attacked) (NP (NNP Gaza))))))) (. .)))",
			"EGY>ISR 010; EGY>ISR 111"},
	}
	checkTrees(t, newsCoder(t), "2005-06-01", tests)
}
