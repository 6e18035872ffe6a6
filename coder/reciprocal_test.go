package coder

import "testing"

// TestWithReciprocals codes, as the pipeline does, relations and agreements
// made "with" a target (reciprocal.go), beside shapes that stay one-way.
func TestWithReciprocals(t *testing.T) {
	opt := DefaultOptions()
	opt.KeepMainVerb, opt.SubCodes, opt.LinkedEvents = true, true, true
	c := New(newsDicts(t), opt)
	tests := []struct {
		name, text, tree string
		want             string // triples(events)
	}{
		{"relations established with a state are mutual",
			"Honduras established diplomatic relations with China.",
			"(ROOT (S (NP (NNS Honduras)) (VP (VBD established) (NP (JJ diplomatic) (NNS relations)) (PP (IN with) (NP (NNP China)))) (. .)))",
			"HND>CHN 054; CHN>HND 054"},
		{"recognition without 'with' is one-way",
			"Honduras recognized China.",
			"(ROOT (S (NP (NNP Honduras)) (VP (VBD recognized) (NP (NNP China))) (. .)))",
			"HND>CHN 054"},
		{"a meeting 'with' is left to its pattern",
			"Honduras met with China on Sunday.",
			"(ROOT (S (NP (NNS Honduras)) (VP (VBD met) (PP (IN with) (NP (NNP China))) (PP (IN on) (NP (NNP Sunday)))) (. .)))",
			"HND>CHN 040"},
	}
	for _, tc := range tests {
		got := triples(codeDoc(t, c, "2023-03-26", true, sentence{tc.text, tc.tree}))
		if got != tc.want {
			t.Errorf("%s:\n got  %s\n want %s", tc.name, got, tc.want)
		}
	}
}
