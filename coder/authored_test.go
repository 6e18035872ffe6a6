package coder

import "testing"

// TestAuthored: a "STATE-backed" or "STATE-brokered" plan, truce or deal is
// that state's; "STATE-backed" people are not the state.
func TestAuthored(t *testing.T) {
	c := New(newsDicts(t), DefaultOptions())
	tests := []struct{ text, tree, want string }{
		{"Sudan rejected a Saudi-backed plan.",
			"(ROOT (S (NP (NNP Sudan)) (VP (VBD rejected) (NP (DT a) (JJ Saudi-backed) (NN plan))) (. .)))",
			"Sudan=SDN; a Saudi-backed plan=SAU"},
		{"Hamas accepted an Egyptian-brokered peace deal.",
			"(ROOT (S (NP (NNP Hamas)) (VP (VBD accepted) (NP (DT an) (JJ Egyptian-brokered) (NN peace) (NN deal))) (. .)))",
			"Hamas=PSEREBHMS; an Egyptian-brokered peace deal=EGY"},
		{"Iran-backed rebels attacked Saudi Arabia.",
			"(ROOT (S (NP (JJ Iran-backed) (NNS rebels)) (VP (VBD attacked) (NP (NNP Saudi) (NNP Arabia))) (. .)))",
			"Iran-backed rebels=---REB; Saudi Arabia=SAU"},
	}
	for _, tt := range tests {
		if got := mentions(t, c, tt.text, tt.tree, "2020-03-01"); got != tt.want {
			t.Errorf("%s\n got %s\nwant %s", tt.text, got, tt.want)
		}
	}
}
