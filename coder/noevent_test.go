package coder

import "testing"

// TestUntilCondition drops the act of an until-clause after a negated or
// future main clause (noevent.go): it is the condition, not an event. After
// a plain past act the clause is left to the rest of the coder.
func TestUntilCondition(t *testing.T) {
	tests := []treeCase{
		{"would not ... until: no ceasefire agreed",
			"Washington would not ease sanctions on Russia until Moscow agreed to a ceasefire in Ukraine.",
			"(ROOT (S (NP (NNP Washington)) (VP (MD would) (RB not) (VP (VB ease) (NP (NNS sanctions)) (PP (IN on) (NP (NNP Russia))) (SBAR (IN until) (S (NP (NNP Moscow)) (VP (VBD agreed) (PP (TO to) (NP (DT a) (NN ceasefire))) (PP (IN in) (NP (NNP Ukraine)))))))) (. .)))",
			""},
		{"the same act on its own is coded",
			"Russia agreed to a ceasefire in Ukraine.",
			"(ROOT (S (NP (NNP Russia)) (VP (VBD agreed) (PP (TO to) (NP (DT a) (NN ceasefire))) (PP (IN in) (NP (NNP Ukraine)))) (. .)))",
			"RUS>UKR 0356"},
		{"a plain past act keeps its own event",
			"Israeli troops shelled the town until Hamas fighters withdrew from Gaza.",
			"(ROOT (S (NP (JJ Israeli) (NNS troops)) (VP (VBD shelled) (NP (DT the) (NN town)) (SBAR (IN until) (S (NP (NNP Hamas) (NNS fighters)) (VP (VBD withdrew) (PP (IN from) (NP (NNP Gaza))))))) (. .)))",
			"ISRMIL>PSEREBHMS 190"},
	}
	checkTrees(t, newsCoder(t), "2005-06-01", tests)
}
