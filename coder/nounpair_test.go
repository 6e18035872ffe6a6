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

// TestPossessiveTalks codes talks a possessive and "with" name when the
// verb after them reports them held (nounpair.go); talks to come give no
// 046.
func TestPossessiveTalks(t *testing.T) {
	tests := []treeCase{
		{"X's talks with Y resumed in a third state: X<>Y, not the place",
			"Iran's talks with the United States resumed in Oman on Saturday.",
			"(ROOT (S (NP (NP (NP (NNP Iran) (POS 's)) (NNS talks)) (PP (IN with) (NP (DT the) (NNP United) (NNPS States)))) (VP (VBD resumed) (PP (IN in) (NP (NNP Oman))) (PP (IN on) (NP (NNP Saturday)))) (. .)))",
			"IRN>USA 046; USA>IRN 046"},
		{"X's talks with Y ended",
			"Pakistan's talks with the International Monetary Fund ended on Friday without a deal.",
			"(ROOT (S (NP (NP (NP (NNP Pakistan) (POS 's)) (NNS talks)) (PP (IN with) (NP (DT the) (NNP International) (NNP Monetary) (NNP Fund)))) (VP (VBD ended) (PP (IN on) (NP (NNP Friday))) (PP (IN without) (NP (DT a) (NN deal)))) (. .)))",
			"PAK>IGOBUSIMF 046; IGOBUSIMF>PAK 046"},
		{"X's talks with Y will resume: no 046",
			"Iran's talks with the United States will resume in Oman next week.",
			"(ROOT (S (NP (NP (NP (NNP Iran) (POS 's)) (NNS talks)) (PP (IN with) (NP (DT the) (NNP United) (NNPS States)))) (VP (MD will) (VP (VB resume) (PP (IN in) (NP (NNP Oman))) (NP (JJ next) (NN week)))) (. .)))",
			"IRN>OMN 036; OMN>IRN 036"},
	}
	checkTrees(t, newsCoder(t), "2024-05-05", tests)
}
