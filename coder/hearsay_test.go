package coder

import "testing"

// TestClaimNouns drops the events of a that-clause complementing a noun
// of warning, fear or report (hearsay.go): what the clause says is what
// someone warned of, feared or reported, not an act of the story.
func TestClaimNouns(t *testing.T) {
	tests := []treeCase{
		{"a warning's content is not a threat",
			"The minister defied warnings that Russia could expel British diplomats.",
			"(ROOT (S (NP (DT The) (NN minister)) (VP (VBD defied) (NP (NNS warnings)) (SBAR (IN that) (S (NP (NNP Russia)) (VP (MD could) (VP (VB expel) (NP (JJ British) (NNS diplomats))))))) (. .)))",
			""},
		{"a concern's content is not coded; the statement is",
			"Germany voiced concern that Russia had deployed troops near Ukraine.",
			"(ROOT (S (NP (NNP Germany)) (VP (VBD voiced) (NP (NN concern)) (SBAR (IN that) (S (NP (NNP Russia)) (VP (VBD had) (VP (VBN deployed) (NP (NNS troops)) (PP (IN near) (NP (NNP Ukraine)))))))) (. .)))",
			"DEU>RUS 012"},
		{"a demand's content is not an act",
			"The Venezuelan president on Thursday rejected opposition demands that he step down, telling soldiers at a base that he would never surrender.",
			"(ROOT (S (NP (NP (DT The) (NNP Venezuelan) (NN president)) (PP (IN on) (NP (NNP Thursday)))) (VP (VBD rejected) (NP (NN opposition) (NNS demands)) (SBAR (IN that) (S (NP (PRP he)) (VP (VB step) (ADVP (RB down)) (, ,) (S (VP (VBG telling) (NP (NNS soldiers)) (PP (IN at) (NP (DT a) (NN base))) (SBAR (IN that) (S (NP (PRP he)) (VP (MD would) (RB never) (VP (VB surrender))))))))))) (. .)))",
			"VENGOV>VENOPP 1231"},
		{"a report denied: the denial stays",
			"Israel rejected reports that its jets bombed a Syrian convoy.",
			"(ROOT (S (NP (NNP Israel)) (VP (VBD rejected) (NP (NNS reports)) (SBAR (IN that) (S (NP (PRP$ its) (NNS jets)) (VP (VBD bombed) (NP (DT a) (JJ Syrian) (NN convoy)))))) (. .)))",
			"ISR>SYR 016"},
	}
	checkTrees(t, newsCoder(t), "2024-01-01", tests)
}
