package coder

import "testing"

// TestPastOwnOrgan: an event on the source's own organ ("its troops") goes
// to the actor the clause names after it; with none, it stays.
func TestPastOwnOrgan(t *testing.T) {
	c := New(newsDicts(t), DefaultOptions())
	tests := []struct {
		name string
		s    sentence
		want string
	}{
		{"withdraw its troops from a state",
			sentence{"Russia promised to withdraw its troops from Georgia.",
				"(ROOT (S (NP (NNP Russia)) (VP (VBD promised) (S (VP (TO to) (VP (VB withdraw) (NP (PRP$ its) (NNS troops)) (PP (IN from) (NP (NNP Georgia))))))) (. .)))"},
			"RUS>GEO 030"},
		{"no other actor: the organ stays",
			sentence{"Russia promised to withdraw its troops.",
				"(ROOT (S (NP (NNP Russia)) (VP (VBD promised) (S (VP (TO to) (VP (VB withdraw) (NP (PRP$ its) (NNS troops)))))) (. .)))"},
			"RUS>RUSMIL 030"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := triples(codeDoc(t, c, "2008-08-15", true, tt.s)); got != tt.want {
				t.Errorf("%s: got %s, want %s", tt.s.text, got, tt.want)
			}
		})
	}
}
