package coder

import "testing"

// TestCeasefireBreaches codes force used after a ceasefire took effect as
// its violation (196, nounceasefire.go); force before it, or after one
// that collapsed, keeps its own code.
func TestCeasefireBreaches(t *testing.T) {
	tests := []treeCase{
		{"fire exchanged hours after a ceasefire took effect: 196 both ways",
			"Thai and Cambodian troops exchanged fire along the border on Monday, hours after a ceasefire took effect.",
			"(ROOT (S (S (NP (NP (NNP Thai)) (CC and) (NP (NNP Cambodian) (NNS troops))) (VP (VBD exchanged) (NP (NN fire)) (PP (IN along) (NP (DT the) (NN border))) (PP (IN on) (NP (NNP Monday))))) (, ,) (NP (NNS hours)) (SBAR (IN after) (S (NP (DT a) (NN ceasefire)) (VP (VBD took) (NP (NN effect))))) (. .)))",
			"THAMIL>KHMMIL 196; KHMMIL>THAMIL 196"},
		{"a truce brokered by a third state that took effect: 196",
			"Armenian and Azerbaijani forces exchanged fire on Friday, a day after a truce brokered by Russia took effect.",
			"(ROOT (S (NP (NP (JJ Armenian)) (CC and) (NP (NNP Azerbaijani) (NNS forces))) (VP (VBD exchanged) (NP (NN fire)) (PP (IN on) (NP (NNP Friday))) (, ,) (SBAR (NP (DT a) (NN day)) (IN after) (S (NP (NP (DT a) (NN truce)) (VP (VBN brokered) (PP (IN by) (NP (NNP Russia))))) (VP (VBD took) (NP (NN effect)))))) (. .)))",
			"ARMMIL>AZEMIL 196; AZEMIL>ARMMIL 196; RUS>ARMMIL 045; RUS>AZEMIL 045"}, // and the broker's 045 (hosted.go)
		{"before the ceasefire took effect: the fire's own code",
			"Thai and Cambodian troops exchanged fire along the border on Monday, hours before a ceasefire took effect.",
			"(ROOT (S (S (NP (NP (NNP Thai)) (CC and) (NP (NNP Cambodian) (NNS troops))) (VP (VBD exchanged) (NP (NN fire)) (PP (IN along) (NP (DT the) (NN border))) (PP (IN on) (NP (NNP Monday))))) (, ,) (NP (NNS hours)) (SBAR (IN before) (S (NP (DT a) (NN ceasefire)) (VP (VBD took) (NP (NN effect))))) (. .)))",
			"THAMIL>KHMMIL 193; KHMMIL>THAMIL 193"},
		{"after a ceasefire collapsed: the fire's own code",
			"Thai and Cambodian troops exchanged fire along the border on Monday, after a ceasefire collapsed.",
			"(ROOT (S (S (NP (NP (NNP Thai)) (CC and) (NP (NNP Cambodian) (NNS troops))) (VP (VBD exchanged) (NP (NN fire)) (PP (IN along) (NP (DT the) (NN border))) (PP (IN on) (NP (NNP Monday))))) (, ,) (PP (IN after) (NP (DT a) (NN ceasefire))) (S (VP (VBN collapsed))) (. .)))",
			"THAMIL>KHMMIL 193; KHMMIL>THAMIL 193"},
	}
	checkTrees(t, newsCoder(t), "2024-05-05", tests)
}
