package coder

import "testing"

// TestShareHeadOfCompoundConjunct: a bare nationality before a conjunct that
// is itself a compound of one role ("U.S. and French warplanes and
// warships") takes that role, as it does before a single noun; when the
// compound's members have different roles ("Ugandan troops and police") the
// nationality is left bare, the head being no longer one.
func TestShareHeadOfCompoundConjunct(t *testing.T) {
	c := New(newsDicts(t), DefaultOptions())
	tests := []struct {
		name, text, tree, want string
	}{
		{"one role across the last compound is shared",
			"U.S. and French warplanes and warships bombed rebel bases on Tuesday.",
			"(ROOT (S (NP (NP (NNP U.S.)) (CC and) (NP (NP (JJ French) (NNS warplanes)) (CC and) (NP (NNS warships)))) (VP (VBD bombed) (NP (JJ rebel) (NNS bases)) (PP (IN on) (NP (NNP Tuesday)))) (. .)))",
			"U.S. and French warplanes and warships=USAMIL FRAMIL FRAMIL; rebel bases=---REB"},
		{"two roles in the last compound are not shared",
			"Kenya and Ugandan troops and police attacked the rebels.",
			"(ROOT (S (NP (NP (NNP Kenya)) (CC and) (NP (NP (NNP Ugandan) (NNS troops)) (CC and) (NP (NNS police)))) (VP (VBD attacked) (NP (DT the) (NNS rebels))) (. .)))",
			"Kenya and Ugandan troops and police=KEN UGAMIL UGACOP; the rebels=---REB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mentions(t, c, tt.text, tt.tree, "2022-06-01"); got != tt.want {
				t.Errorf("%s\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}
