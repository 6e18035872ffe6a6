package coder

import "testing"

// TestBrokerModifiers codes the mediation a hyphenated "STATE-mediated"
// names before talks that were held (nounbroker.go): the broker's 045 to
// each party. Talks only agreed to are not yet mediated.
func TestBrokerModifiers(t *testing.T) {
	tests := []treeCase{
		{"talks resumed: 045 to each party",
			"Representatives of Venezuela's government and opposition resumed Norwegian-mediated talks in Barbados on Monday.",
			"(ROOT (S (NP (NP (NNS Representatives)) (PP (IN of) (NP (NP (NP (NNP Venezuela) (POS 's)) (NN government)) (CC and) (NP (NN opposition))))) (VP (VBD resumed) (NP (JJ Norwegian-mediated) (NNS talks)) (PP (IN in) (NP (NNP Barbados))) (PP (IN on) (NP (NNP Monday)))) (. .)))",
			"VENGOV>VENOPP 046; VENOPP>VENGOV 046; NOR>VENGOV 045; NOR>VENOPP 045"},
		{"talks agreed to: no mediation yet",
			"Colombia's government and the ELN rebels agreed to Norwegian-mediated talks on Monday.",
			"(ROOT (S (NP (NP (NP (NNP Colombia) (POS 's)) (NN government)) (CC and) (NP (DT the) (NNP ELN) (NNS rebels))) (VP (VBD agreed) (PP (TO to) (NP (JJ Norwegian-mediated) (NNS talks))) (PP (IN on) (NP (NNP Monday)))) (. .)))",
			"COLGOV>COLREB 038; COLREB>COLGOV 038"},
	}
	checkTrees(t, newsCoder(t), "2024-05-05", tests)
}
