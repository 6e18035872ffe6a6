package coder

import (
	"testing"
)

// TestPrecisionShapes codes, with the production dictionaries and options as
// the pipeline uses them (references resolved, sub-codes on), trees dyad's
// parser gives sentences written for the precision rules — events that
// should not be there — each beside a shape the rule must leave alone.
func TestPrecisionShapes(t *testing.T) {
	opt := DefaultOptions()
	opt.KeepMainVerb, opt.SubCodes = true, true
	c := New(newsDicts(t), opt)
	tests := []struct {
		name, text, tree string
		want             string // triples(events)
	}{
		// own.go: the source's own body is no target.
		{"own forces give way to the next actor",
			"Iran put its army on alert along the border with Iraq.",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD put) (NP (PRP$ its) (NN army)) (PP (IN on) (NP (NN alert))) (PP (IN along) (NP (DT the) (NN border))) (PP (IN with) (NP (NNP Iraq)))) (. .)))",
			"IRN>IRQ 152"},
		{"own national extradited to another state",
			"Colombia extradited its drug lord to the United States.",
			"(ROOT (S (NP (NNP Colombia)) (VP (VBD extradited) (NP (PRP$ its) (NN drug) (NN lord)) (PP (TO to) (NP (DT the) (NNP United) (NNPS States)))) (. .)))",
			"COL>USA 063"},
		{"own embassy and nothing else",
			"Iran reopened its embassy.",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD reopened) (NP (PRP$ its) (NN embassy))) (. .)))",
			""},
		{"a possessive of another actor stays a target",
			"Iran criticized Iraq and its army.",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD criticized) (NP (NP (NNP Iraq)) (CC and) (NP (PRP$ its) (NN army)))) (. .)))",
			"IRN>IRQ 111; IRN>IRQMIL 111"},
	}
	for _, tc := range tests {
		got := triples(codeDoc(t, c, "2020-01-01", true, sentence{tc.text, tc.tree}))
		if got != tc.want {
			t.Errorf("%s:\n got  %s\n want %s", tc.name, got, tc.want)
		}
	}
}
