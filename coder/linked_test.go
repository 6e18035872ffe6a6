package coder

import "testing"

// TestLinkedEvents codes, as the pipeline does (references resolved,
// sub-codes on), trees dyad's parser gives sentences written for the
// linked-event rules of round five, each beside a shape the rule must leave
// alone.
func TestLinkedEvents(t *testing.T) {
	opt := DefaultOptions()
	opt.KeepMainVerb, opt.SubCodes = true, true
	c := New(newsDicts(t), opt)
	tests := []struct {
		name, text, tree string
		want             string // triples(events)
	}{
		// hostvisit.go: a meeting at a third location is a visit to the host.
		{"a meeting in a third country visits the host",
			"Biden and Putin met in Geneva.",
			"(ROOT (S (NP (NNP Biden) (CC and) (NNP Putin)) (VP (VBD met) (PP (IN in) (NP (NNP Geneva)))) (. .)))",
			"USAGOV>RUSGOV 044; RUSGOV>USAGOV 044; USAGOV>CHE 042; RUSGOV>CHE 042"},
		{"a meeting in one party's country adds no visit",
			"Biden and Putin met in Moscow.",
			"(ROOT (S (NP (NNP Biden) (CC and) (NNP Putin)) (VP (VBD met) (PP (IN in) (NP (NNP Moscow)))) (. .)))",
			"USAGOV>RUSGOV 044; RUSGOV>USAGOV 044"},
		{"a plain meeting (040) under a dateline adds no visit",
			"GENEVA (Reuters) -- Biden and Putin met on Wednesday.",
			"(ROOT (FRAG (NP (NP (NNP GENEVA)) (PRN (-LRB- -LRB-) (NP (NNP Reuters)) (-RRB- -RRB-))) (: --) (S (NP (NNP Biden) (CC and) (NNP Putin)) (VP (VBD met) (PP (IN on) (NP (NNP Wednesday))))) (. .)))",
			"USAGOV>RUSGOV 040; RUSGOV>USAGOV 040"},
	}
	for _, tc := range tests {
		got := triples(codeDoc(t, c, "2021-06-16", true, sentence{tc.text, tc.tree}))
		if got != tc.want {
			t.Errorf("%s:\n got  %s\n want %s", tc.name, got, tc.want)
		}
	}
}
