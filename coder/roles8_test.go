package coder

import "testing"

// TestRoles8Agents: agents added in round eight (dyad.agents.txt).
func TestRoles8Agents(t *testing.T) {
	c := New(newsDicts(t), DefaultOptions())
	tests := []struct {
		name, text, tree, want string
	}{
		{"opposition lawmakers are the opposition, not the legislature",
			"Serbian opposition lawmakers threw eggs at the speaker.",
			"(ROOT (S (NP (NNP Serbian) (NN opposition) (NNS lawmakers)) (VP (VBD threw) (NP (NNS eggs)) (PP (IN at) (NP (DT the) (NN speaker)))) (. .)))",
			"Serbian opposition lawmakers=SRBOPP"},
		{"an opposition legislator is the opposition",
			"Police detained an opposition legislator in Kampala.",
			"(ROOT (S (NP (NNP Police)) (VP (VBD detained) (NP (DT an) (NN opposition) (NN legislator)) (PP (IN in) (NP (NNP Kampala)))) (. .)))",
			"Police=UGACOP; an opposition legislator=UGAOPP; Kampala=UGA"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mentions(t, c, tt.text, tt.tree, "2025-03-04"); got != tt.want {
				t.Errorf("%s\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}
