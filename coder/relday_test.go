package coder

import "testing"

// TestStoryDayRelatives keeps from the comma options a subject relative
// clause naming the story date's weekday (relday.go), beside one naming an
// earlier day, which stays an aside.
func TestStoryDayRelatives(t *testing.T) {
	tests := []treeCase{
		{"a relative clause on the story day is the day's news",
			"Hamas, which fired rockets at Israel on Saturday, said it would free the hostages.",
			"(ROOT (S (NP (NP (NNP Hamas)) (, ,) (SBAR (WHNP (WDT which)) (S (VP (VBD fired) (NP (NNS rockets)) (PP (IN at) (NP (NNP Israel))) (PP (IN on) (NP (NNP Saturday)))))) (, ,)) (VP (VBD said) (SBAR (S (NP (PRP it)) (VP (MD would) (VP (VB free) (NP (DT the) (NNS hostages))))))) (. .)))",
			"PSEREBHMS>ISR 194"},
		{"a relative clause on an earlier day stays an aside",
			"Hamas, which fired rockets at Israel on Monday, said it would free the hostages.",
			"(ROOT (S (NP (NP (NNP Hamas)) (, ,) (SBAR (WHNP (WDT which)) (S (VP (VBD fired) (NP (NNS rockets)) (PP (IN at) (NP (NNP Israel))) (PP (IN on) (NP (NNP Monday)))))) (, ,)) (VP (VBD said) (SBAR (S (NP (PRP it)) (VP (MD would) (VP (VB free) (NP (DT the) (NNS hostages))))))) (. .)))",
			""},
	}
	checkTrees(t, newsCoder(t), "2024-05-04", tests)
}
