package coder

import "testing"

// TestResponses codes a response "with" a means of force as the attack it
// names on the actor after "on / against / at" (response.go), beside a
// response with no means of force.
func TestResponses(t *testing.T) {
	tests := []treeCase{
		// A struck military site is its owner's MIL since the fifteenth
		// harmonisation (round thirty-eight, sites44; dev rows t-222, bd-050
		// military sites in Iran IRNMIL; am-153, ay-147 Pakistani border posts
		// PAKMIL; f-235, y-025 Armenian positions ARMMIL).
		{"a response with air strikes is an air strike",
			"Taliban fighters attacked Pakistani border posts on Friday, and Pakistan responded with air strikes on Afghanistan.",
			"(ROOT (S (S (NP (NNP Taliban) (NNS fighters)) (VP (VBD attacked) (NP (NNP Pakistani) (NN border) (NNS posts)) (PP (IN on) (NP (NNP Friday))))) (, ,) (CC and) (S (NP (NNP Pakistan)) (VP (VBD responded) (PP (IN with) (NP (NN air) (NNS strikes))) (PP (IN on) (NP (NNP Afghanistan))))) (. .)))",
			"AFGREB>PAKMIL 190; PAK>AFG 195"},
		{"a response with a statement is no attack",
			"Taliban fighters attacked Pakistani border posts on Friday, and Pakistan responded with a statement on Afghanistan.",
			"(ROOT (S (S (NP (NNP Taliban) (NNS fighters)) (VP (VBD attacked) (NP (NNP Pakistani) (NN border) (NNS posts)) (PP (IN on) (NP (NNP Friday))))) (, ,) (CC and) (S (NP (NNP Pakistan)) (VP (VBD responded) (PP (IN with) (NP (DT a) (NN statement))) (PP (IN on) (NP (NNP Afghanistan))))) (. .)))",
			"AFGREB>PAKMIL 190"},
	}
	checkTrees(t, newsCoder(t), "2024-03-04", tests)
}
