package coder

import "testing"

// TestApposedPraise codes the praise an apposed noun phrase reports of the
// clause's act (praised.go, through apposed.go): a reduced relative with a
// verb of praise, and a passive participle with a by-agent; a plain noun
// phrase after the act with no such verb adds nothing.
func TestApposedPraise(t *testing.T) {
	tests := []treeCase{
		{"a move X hailed",
			"Chile will send troops to Haiti, a move Peru hailed as a boost to the region.",
			"(ROOT (S (NP (NNP Chile)) (VP (MD will) (VP (VB send) (NP (NNS troops)) (PP (TO to) (NP (NP (NNP Haiti)) (, ,) (NP (NP (DT a) (NN move) (NNP Peru)) (VP (VBD hailed) (PP (IN as) (NP (DT a) (NN boost))) (PP (TO to) (NP (DT the) (NN region))))))))) (. .)))",
			"CHL>HTI 0332; PER>CHL 051"},
		{"an act praised by X",
			"Kenya began expelling Somali refugees on Monday, in a mass expulsion praised by Ethiopia.",
			"(ROOT (S (S (NP (NNP Kenya)) (VP (VBD began) (NP (VBG expelling) (NNP Somali) (NNS refugees)) (PP (IN on) (NP (NNP Monday))))) (, ,) (PP (IN in) (NP (NP (DT a) (NN mass) (NN expulsion)) (VP (VBN praised) (PP (IN by) (NP (NNP Ethiopia)))))) (. .)))",
			"KEN>SOMREF 174; ETH>KEN 051"},
		{"a move X announced is no praise",
			"Chile will send troops to Haiti, a move Peru announced on Monday.",
			"(ROOT (S (NP (NNP Chile)) (VP (MD will) (VP (VB send) (NP (NNS troops)) (PP (TO to) (NP (NP (NNP Haiti)) (, ,) (NP (NP (DT a) (NN move) (NNP Peru)) (VP (VBD announced) (PP (IN on) (NP (NNP Monday))))))))) (. .)))",
			"CHL>HTI 0332"},
	}
	checkTrees(t, newsCoder(t), "2024-03-04", tests)
}
