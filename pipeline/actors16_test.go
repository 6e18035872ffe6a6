package pipeline_test

import "testing"

// TestRoundSixteenActors: names of round sixteen (actors16), each a row of
// dict/data/dyad.actors.txt, dyad.agents.txt or dyad.errata.actors.txt. The
// sentences are written for the test; each row fails without its entry.
func TestRoundSixteenActors(t *testing.T) {
	tests := []struct {
		name, text, date, want string
	}{
		// The Taliban in power (dyad.actors.txt, "round sixteen: the Taliban in power").
		{"the Taliban's administration after August 2021 is Afghanistan's government", "Afghanistan's Taliban administration criticised Iran on Tuesday.", "2023-05-16", "AFGGOV>IRN 111"},
		{"the Taliban-led government after August 2021", "The Taliban-led government criticised Iran on Tuesday.", "2022-05-17", "AFGGOV>IRN 111"},
		{"the bare movement stays the insurgency", "The Taliban criticised Iran on Tuesday.", "2023-05-16", "AFGREB>IRN 111"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := codeText(t, tt.text, tt.date)
			if has(evs, tt.want) == nil {
				t.Errorf("%q: want %s, got %s", tt.text, tt.want, list(evs))
			}
		})
	}
}
