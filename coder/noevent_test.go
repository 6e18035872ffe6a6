package coder

import "testing"

// TestUntilCondition drops the act of an until-clause after a negated or
// future main clause (noevent.go): it is the condition, not an event. After
// a plain past act the clause is left to the rest of the coder.
func TestUntilCondition(t *testing.T) {
	tests := []treeCase{
		// The main clause's negated easing is its refusal (1244, verbs.go);
		// the until-clause's agreement (RUS>UKR 0356) is not coded.
		{"would not ... until: no ceasefire agreed",
			"Washington would not ease sanctions on Russia until Moscow agreed to a ceasefire in Ukraine.",
			"(ROOT (S (NP (NNP Washington)) (VP (MD would) (RB not) (VP (VB ease) (NP (NNS sanctions)) (PP (IN on) (NP (NNP Russia))) (SBAR (IN until) (S (NP (NNP Moscow)) (VP (VBD agreed) (PP (TO to) (NP (DT a) (NN ceasefire))) (PP (IN in) (NP (NNP Ukraine)))))))) (. .)))",
			"USA>RUS 1244"},
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

// TestEarlierSpan drops the acts after "a week after", "days after" ...
// in the same stretch of the sentence (noevent.go): background a day or
// more away from the story's news.
func TestEarlierSpan(t *testing.T) {
	tests := []treeCase{
		{"a relative clause inside a week-after phrase",
			"Turkey launched air strikes on Kurdish bases in Syria, a week after a bomb attack in Istanbul that Ankara blamed on the PKK.",
			"(ROOT (S (S (NP (NNP Turkey)) (VP (VBD launched) (NP (NN air) (NNS strikes)) (PP (IN on) (NP (NNP Kurdish) (NNS bases))) (PP (IN in) (NP (NNP Syria))))) (, ,) (NP (NP (NP (DT a) (NN week)) (PP (IN after) (NP (DT a) (NN bomb) (NN attack)))) (PP (IN in) (NP (NNP Istanbul)))) (SBAR (IN that) (S (NP (NNP Ankara)) (VP (VBD blamed) (PP (IN on) (NP (DT the) (NNP PKK)))))) (. .)))",
			""}, // the strikes are coded by the pipeline's overlay, not loaded here
		{"a days-after clause",
			"Somalia has asked Turkey for military aid, days after the two countries signed a defence pact.",
			"(ROOT (S (NP (NNP Somalia)) (VP (VBZ has) (VP (VBN asked) (NP (NNP Turkey)) (PP (IN for) (NP (JJ military) (NN aid))) (, ,) (SBAR (NP (NNS days)) (IN after) (S (NP (DT the) (CD two) (NNS countries)) (VP (VBD signed) (NP (DT a) (NN defence) (NN pact))))))) (. .)))",
			"SOM>TUR 0232"},
	}
	checkTrees(t, newsCoder(t), "2005-06-01", tests)
}
