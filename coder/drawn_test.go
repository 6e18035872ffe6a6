package coder

import "testing"

// TestDrawnReactionAfterRelative codes a condemnation drawn in a
// participle that closes a relative clause whose subject is no actor: the
// reaction is to the act coded last before it (reaction.go).
func TestDrawnReactionAfterRelative(t *testing.T) {
	tests := []treeCase{
		{"drawing criticism after a relative clause",
			"Russia blocked a U.N. Security Council resolution on Monday that demanded a truce in Yemen, drawing sharp criticism from France.",
			"(ROOT (S (NP (NNP Russia)) (VP (VBD blocked) (NP (DT a) (NNP U.N.) (NNP Security) (NNP Council) (NN resolution)) (PP (IN on) (NP (NP (NNP Monday)) (SBAR (WHNP (IN that)) (S (VP (VBD demanded) (NP (DT a) (NN truce)) (PP (IN in) (NP (NNP Yemen))) (, ,) (S (VP (VBG drawing) (NP (JJ sharp) (NN criticism)) (PP (IN from) (NP (NNP France))))))))))) (. .)))",
			"RUS>IGOUNO 129; FRA>RUS 111"},
	}
	checkTrees(t, newsCoder(t), "2024-03-04", tests)
}
