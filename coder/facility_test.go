package coder

import "testing"

// TestMilitaryFacility: a state's bases and depots are its military
// (dyad.agents.txt), as Phoenix's MILITARY_BASE is.
func TestMilitaryFacility(t *testing.T) {
	c := New(newsDicts(t), DefaultOptions())
	tests := []struct {
		name, text, tree, want string
	}{
		{"an ammunition depot",
			"Ukrainian forces struck a Russian ammunition depot.",
			"(ROOT (S (NP (JJ Ukrainian) (NNS forces)) (VP (VBD struck) (NP (DT a) (JJ Russian) (NN ammunition) (NN depot))) (. .)))",
			"Ukrainian forces=UKRMIL; a Russian ammunition depot=RUSMIL"},
		{"an air base",
			"Israeli jets struck a Syrian air base.",
			"(ROOT (S (NP (JJ Israeli) (NNS jets)) (VP (VBD struck) (NP (DT a) (JJ Syrian) (NN air) (NN base))) (. .)))",
			"Israeli jets=ISR; a Syrian air base=SYRMIL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mentions(t, c, tt.text, tt.tree, "2022-07-12"); got != tt.want {
				t.Errorf("%s\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}
