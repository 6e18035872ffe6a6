package coder

import "testing"

// TestCondemnedActs: a condemnation of an act named only by its noun is
// aimed at the author of the act reported in the clause before; with no
// author named, or an act that is no hostile one, nothing is added.
// Sentences of my own; trees as dyad's parser gives them.
func TestCondemnedActs(t *testing.T) {
	tests := []treeCase{
		{"the act of the clause before",
			"Russian troops shelled the Ukrainian town of Kharkiv on Sunday, and Kyiv condemned the attack.",
			"(ROOT (S (S (NP (JJ Russian) (NNS troops)) (VP (VBD shelled) (NP (NP (DT the) (JJ Ukrainian) (NN town)) (PP (IN of) (NP (NNP Kharkiv)))) (PP (IN on) (NP (NNP Sunday))))) (, ,) (CC and) (S (NP (NNP Kyiv)) (VP (VBD condemned) (NP (DT the) (NN attack)))) (. .)))",
			"RUSMIL>UKR 194; UKR>RUSMIL 111"},
		{"no author named",
			"Kyiv condemned the attack on Sunday.",
			"(ROOT (S (NP (NNP Kyiv)) (VP (VBD condemned) (NP (DT the) (NN attack)) (PP (IN on) (NP (NNP Sunday)))) (. .)))",
			""},
	}
	checkTrees(t, newsCoder(t), "2024-03-04", tests)
}
