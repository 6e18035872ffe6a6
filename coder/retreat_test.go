package coder

import "testing"

// TestRetreats adds the retreat (0874) of troops that fled a capture
// (retreat.go).
func TestRetreats(t *testing.T) {
	tests := []treeCase{
		{"Y overran a city as X's soldiers abandoned their posts: X>Y 0874",
			"Islamic State militants overran Iraq's second city Mosul on Tuesday as Iraqi soldiers abandoned their posts and fled.",
			"(ROOT (S (NP (NNP Islamic) (NNP State) (NNS militants)) (VP (VBD overran) (NP (NP (NNP Iraq) (POS 's)) (JJ second) (NN city) (NNP Mosul)) (PP (IN on) (NP (NNP Tuesday))) (SBAR (IN as) (S (NP (NNP Iraqi) (NNS soldiers)) (VP (VP (VBD abandoned) (NP (PRP$ their) (NNS posts))) (CC and) (VP (VBD fled)))))) (. .)))",
			"IMGMUSISI>IRQ 192; IRQMIL>IMGMUSISI 0874"},
	}
	checkTrees(t, newsCoder(t), "2014-06-10", tests)
}
