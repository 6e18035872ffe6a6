package coder

import "testing"

// TestGapRelatives codes an accusation in an object relative on an event's
// target (relgap.go), beside a subject relative, which is left alone.
func TestGapRelatives(t *testing.T) {
	tests := []treeCase{
		{"whom it accused: the main subject accuses the target",
			"Russia expelled two Polish diplomats, whom it accused of spying.",
			"(ROOT (S (NP (NNP Russia)) (VP (VBD expelled) (NP (NP (CD two) (JJ Polish) (NNS diplomats)) (, ,) (SBAR (WHNP (WP whom)) (S (NP (PRP it)) (VP (VBD accused) (PP (IN of) (S (VP (VBG spying))))))))) (. .)))",
			"RUS>POLGOV 161; RUS>POLGOV 112"},
		{"a subject relative is not an object gap",
			"Russia expelled two Polish diplomats, who accused Moscow of lying.",
			"(ROOT (S (NP (NNP Russia)) (VP (VBD expelled) (NP (NP (CD two) (JJ Polish) (NNS diplomats)) (, ,) (SBAR (WHNP (WP who)) (S (VP (VBD accused) (NP (NP (NNP Moscow)) (PP (IN of) (S (VP (VBG lying)))))))))) (. .)))",
			"RUS>POLGOV 161"},
	}
	checkTrees(t, newsCoder(t), "2023-03-26", tests)
}
