package coder

import "testing"

// TestVenueActors codes a meeting whose venue is a summit named by a body
// (venue.go): the body of "at the ASEAN summit" or "on the sidelines of
// the African Union summit" is where the compound subject met, not its
// partner; a partner named as the object stays.
func TestVenueActors(t *testing.T) {
	tests := []treeCase{
		{"compound subject met at a summit",
			"Brazil and Argentina met at the ASEAN summit in Jakarta.",
			"(ROOT (S (NP (NNP Brazil) (CC and) (NNP Argentina)) (VP (VBD met) (PP (IN at) (NP (DT the) (NNP ASEAN) (NN summit))) (PP (IN in) (NP (NNP Jakarta)))) (. .)))",
			"BRA>ARG 044; ARG>BRA 044; BRA>IDN 042; ARG>IDN 042"},
		{"compound subject met on the sidelines",
			"Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed met on the sidelines of the African Union summit.",
			"(ROOT (S (NP (NP (NNP Kenyan) (NNP President) (NNP William) (NNP Ruto)) (CC and) (NP (NNP Ethiopian) (NNP Prime) (NNP Minister) (NNP Abiy) (NNP Ahmed))) (VP (VBD met) (PP (IN on) (NP (NP (DT the) (NNS sidelines)) (PP (IN of) (NP (DT the) (NNP African) (NNP Union) (NN summit)))))) (. .)))",
			"KENGOV>ETHGOV 040; ETHGOV>KENGOV 040"},
		{"the object is the partner",
			"Kenya met Ethiopia on the sidelines of the African Union summit.",
			"(ROOT (S (NP (NNP Kenya)) (VP (VBD met) (NP (NNP Ethiopia)) (PP (IN on) (NP (NP (DT the) (NNS sidelines)) (PP (IN of) (NP (DT the) (NNP African) (NNP Union) (NN summit)))))) (. .)))",
			"KEN>ETH 040"},
	}
	checkTrees(t, newsCoder(t), "2024-03-04", tests)
}
