package pipeline_test

import "testing"

// TestRoundTwentyOneActors: names of round twenty-one (actors21), each a row
// of dict/data/dyad.actors.txt. The sentences are written for the test; each
// row but the guard fails without its entry. The rule coder codes them: the
// test is of the actors, and the relabeller moved "froze its participation"
// 160 → 161 after the ninth harmonisation's retrain.
func TestRoundTwentyOneActors(t *testing.T) {
	tests := []struct {
		name, text, date, want string
	}{
		// The CSTO, missing from Phoenix, is bare IGO (dyad.actors.txt).
		{"the CSTO by its acronym", "Armenia froze its participation in the CSTO on Thursday.", "2024-02-22", "ARM>IGO 160"},
		{"the CSTO by its full name", "Belarus criticised the Collective Security Treaty Organization on Monday.", "2024-03-04", "BLR>IGO 111"},
		{"the CSTO as the source", "The CSTO criticised Armenia on Monday.", "2024-03-04", "IGO>ARM 111"},
		{"guard: NATO keeps its own code", "Belarus criticised NATO on Monday.", "2024-03-04", "BLR>IGOWSTNAT 111"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := codeWith(t, ruleCoder(t), tt.text, tt.date)
			if has(evs, tt.want) == nil {
				t.Errorf("%q: want %s, got %s", tt.text, tt.want, list(evs))
			}
		})
	}
}
