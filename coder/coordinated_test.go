package coder

import "testing"

// TestAskedActs codes, as the pipeline does, appeals and demands whose
// complement coordinates verb phrases (coordinated.go): each conjunct that
// asks for something else is its own appeal, beside shapes that must stay
// one event.
func TestAskedActs(t *testing.T) {
	tests := []treeCase{
		{"a ceasefire and talks are two appeals",
			"The U.N. called on Armenia and Azerbaijan to stop fighting immediately and return to talks.",
			"(ROOT (S (NP (DT The) (NNP U.N.)) (VP (VBD called) (PP (IN on) (NP (NNP Armenia) (CC and) (NNP Azerbaijan))) (S (VP (TO to) (VP (VP (VB stop) (S (VP (VBG fighting) (ADVP (RB immediately))))) (CC and) (VP (VB return) (PP (TO to) (NP (NNS talks)))))))) (. .)))",
			"IGOUNO>ARM 0256; IGOUNO>AZE 0256; IGOUNO>ARM 026; IGOUNO>AZE 026"},
		{"a release and talks are two appeals",
			"France urged Iran to release the prisoners and hold talks with Britain.",
			"(ROOT (S (NP (NNP France)) (VP (VBD urged) (NP (NNP Iran)) (S (VP (TO to) (VP (VP (VB release) (NP (DT the) (NNS prisoners))) (CC and) (VP (VB hold) (NP (NNS talks)) (PP (IN with) (NP (NNP Britain)))))))) (. .)))",
			"FRA>IRN 0253; FRA>IRN 026"},
		{"coordinated to-infinitives, the first read by a pattern",
			"Pakistan called on India to resume dialogue over Kashmir and to release the prisoners.",
			"(ROOT (S (NP (NNP Pakistan)) (VP (VBD called) (PP (IN on) (NP (NNP India))) (S (VP (VP (TO to) (VP (VB resume) (NP (NN dialogue)) (PP (IN over) (NP (NNP Kashmir))))) (CC and) (VP (TO to) (VP (VB release) (NP (DT the) (NNS prisoners))))))) (. .)))",
			"PAK>IND 026; PAK>IND 0253"},
		{"a second conjunct that asks for nothing coded adds nothing",
			"France urged Iran to release the prisoners and end its nuclear program.",
			"(ROOT (S (NP (NNP France)) (VP (VBD urged) (NP (NNP Iran)) (S (VP (TO to) (VP (VP (VB release) (NP (DT the) (NNS prisoners))) (CC and) (VP (VB end) (NP (PRP$ its) (JJ nuclear) (NN program))))))) (. .)))",
			"FRA>IRN 0253"},
		{"one appeal without coordination stays one",
			"The U.N. called on Armenia to return to talks.",
			"(ROOT (S (NP (DT The) (NNP U.N.)) (VP (VBD called) (PP (IN on) (NP (NNP Armenia))) (S (VP (TO to) (VP (VB return) (PP (TO to) (NP (NNS talks))))))) (. .)))",
			"IGOUNO>ARM 026"},
		{"a statement's coordinated verbs are no appeals",
			"France released the prisoners and criticized Iran.",
			"(ROOT (S (NP (NNP France)) (VP (VP (VBD released) (NP (DT the) (NNS prisoners))) (CC and) (VP (VBD criticized) (NP (NNP Iran)))) (. .)))",
			"FRA>IRN 111"},
	}
	checkTrees(t, newsCoder(t), "2021-06-16", tests)
}
