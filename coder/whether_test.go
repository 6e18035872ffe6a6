package coder

import "testing"

// TestOptionsWeighed codes the act of a "whether to" infinitive as 014,
// the option considered (whether.go); the act itself stays its own code.
func TestOptionsWeighed(t *testing.T) {
	tests := []treeCase{
		{"reviewing whether to supply weapons",
			"South Korea is reviewing whether to supply weapons directly to Ukraine.",
			"(ROOT (S (S (NP (NNP South) (NNP Korea)) (VP (VBZ is) (VP (VBG reviewing)))) (IN whether) (S (VP (TO to) (VP (VB supply) (NP (NNS weapons)) (ADVP (RB directly)) (PP (TO to) (NP (NNP Ukraine)))))) (. .)))",
			"KOR>UKR 014"},
		{"considering whether to impose sanctions",
			"Japan is considering whether to impose sanctions on Russia.",
			"(ROOT (S (S (NP (NNP Japan)) (VP (VBZ is) (VP (VBG considering)))) (IN whether) (S (VP (TO to) (VP (VB impose) (NP (NNS sanctions)) (PP (IN on) (NP (NNP Russia)))))) (. .)))",
			"JPN>RUS 014"},
		{"sanctions imposed",
			"Japan imposed sanctions on Russia.",
			"(ROOT (S (NP (NNP Japan)) (VP (VBD imposed) (NP (NNS sanctions)) (PP (IN on) (NP (NNP Russia)))) (. .)))",
			"JPN>RUS 163"},
	}
	checkTrees(t, newsCoder(t), "2005-06-01", tests)
}
