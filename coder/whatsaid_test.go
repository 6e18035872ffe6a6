package coder

import "testing"

// TestWhatSpeaker: the speaker of "what X said was ..." after the verb is
// not its target; the thing described (or its place) is (whatsaid.go).
func TestWhatSpeaker(t *testing.T) {
	tests := []treeCase{
		{"what the capital said were rebel positions",
			"Russian jets struck what Moscow said were rebel positions inside Syria.",
			"(ROOT (S (NP (JJ Russian) (NNS jets)) (VP (VBD struck) (NP (SBAR (WHNP (WP what)) (S (NP (NNP Moscow)) (VP (VBD said) (SBAR (S (VP (VBD were) (NP (JJ rebel) (NNS positions)) (PP (IN inside) (NP (NNP Syria))))))))))) (. .)))",
			"RUS>SYRREB 195"},
		{"what the capital called militant camps",
			"Egyptian warplanes hit what Cairo called militant camps in Libya.",
			"(ROOT (S (NP (JJ Egyptian) (NNS warplanes)) (VP (VBD hit) (NP (SBAR (WHNP (WP what)) (S (NP (NNP Cairo)) (VP (VBD called) (NP (JJ militant) (NNS camps)) (PP (IN in) (NP (NNP Libya)))))))) (. .)))",
			"EGYMIL>LBYREB 195"},
	}
	checkTrees(t, newsCoder(t), "2019-02-26", tests)
}
