package coder

import "testing"

// TestPairEvents codes the mutual event a hyphenated pair of actors names
// before talks, a ceasefire or fighting that the next verb reports as
// happening (nounpair.go); talks only planned are no event.
func TestPairEvents(t *testing.T) {
	tests := []treeCase{
		{"X-Y talks resumed: 046 both ways",
			"U.S.-Iran talks resumed in Oman on Saturday.",
			"(ROOT (S (NP (JJ U.S.-Iran) (NNS talks)) (VP (VBD resumed) (PP (IN in) (NP (NNP Oman))) (PP (IN on) (NP (NNP Saturday)))) (. .)))",
			"USA>IRN 046; IRN>USA 046"},
		{"X-Y trade talks opened: one noun between",
			"Fresh U.S.-China trade talks opened in Geneva on Monday.",
			"(ROOT (S (NP (JJ Fresh) (NNP U.S.-China) (NN trade) (NNS talks)) (VP (VBD opened) (PP (IN in) (NP (NNP Geneva))) (PP (IN on) (NP (NNP Monday)))) (. .)))",
			"USA>CHN 046; CHN>USA 046"},
		{"the X-Y ceasefire took effect: 0871 both ways",
			"The Israel-Hamas ceasefire took effect on Sunday.",
			"(ROOT (S (NP (DT The) (NNP Israel-Hamas) (NN ceasefire)) (VP (VBD took) (NP (NN effect)) (PP (IN on) (NP (NNP Sunday)))) (. .)))",
			"ISR>PSEREBHMS 0871; PSEREBHMS>ISR 0871"},
		{"X-Y talks planned: nothing",
			"U.S.-Iran talks are planned for next month.",
			"(ROOT (S (NP (JJ U.S.-Iran) (NNS talks)) (VP (VBP are) (VP (VBN planned) (PP (IN for) (NP (JJ next) (NN month))))) (. .)))",
			""},
	}
	checkTrees(t, newsCoder(t), "2024-05-05", tests)
}
