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
		// The accusation the report reads is the speaker's words; the plain
		// statement (010) beside it is dropped (merestatement.go): the dev
		// gold of the read sets never codes a 010 beside an accusation or
		// criticism of the same target (round thirty-one, floors31: the
		// eleven dev rows where the coder gave the pair, in ten sets, code
		// the accusation or the act alone).
		{"said that: the accusation, no statement beside it",
			"Egypt said that Israel had attacked Gaza.",
			"(ROOT (S (NP (NNP Egypt)) (VP (VBD said) (SBAR (IN that) (S (NP (NNP Israel)) (VP (VBD had) (VP (VBN attacked) (NP (NNP Gaza))))))) (. .)))",
			"EGY>ISR 111"},
	}
	checkTrees(t, newsCoder(t), "2005-06-01", tests)
}
