package coder

import "testing"

// TestShareNextRole: a lone nationality adjective before "and" takes the
// role noun of the conjunct after it (sharednat.go).
func TestShareNextRole(t *testing.T) {
	c := New(newsDicts(t), DefaultOptions())
	tests := []struct {
		name, text, tree, want string
	}{
		{"two nationalities, one role noun, then the names",
			"Egyptian and Sudanese defence ministers Abdel Mahmoud and Yassin Ibrahim met in Cairo.",
			"(ROOT (S (NP (NP (JJ Egyptian)) (CC and) (NP (NP (NNP Sudanese) (NN defence) (NNS ministers) (NNP Abdel) (NNP Mahmoud)) (CC and) (NP (NNP Yassin) (NNP Ibrahim)))) (VP (VBD met) (PP (IN in) (NP (NNP Cairo)))) (. .)))",
			"Egyptian and Sudanese defence ministers Abdel Mahmoud and Yassin Ibrahim=EGYGOV SDNGOV; Cairo=EGY"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mentions(t, c, tt.text, tt.tree, "2024-05-10"); got != tt.want {
				t.Errorf("%s\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}
