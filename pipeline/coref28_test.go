package pipeline_test

import "testing"

// TestRoundTwentyEightCoref: references of round twenty-eight (coref28).
// The sentences are written for the test; each row but the guards fails
// without its rule.
func TestRoundTwentyEightCoref(t *testing.T) {
	tests := []struct {
		name, text, date, want string
	}{
		// A bare pronoun opening an adverbial clause takes the subject of
		// the clause above, not the nearer object (coder/refs_adverbial.go).
		{"as they: the subject, not the nearer object", "Thousands of farmers clashed with riot police in Paris as they marched on the parliament.", "2024-01-02", "FRAAGR>FRAGOV 141"},
		// Guard: "they" does not agree with a singular subject, so the
		// nearest plural mention stays its antecedent.
		// Guard: a force's subject yields to the people it acted on.
		{"guard: police and the people they detained", "Riot police detained dozens of farmers in Paris as they marched on the parliament.", "2024-01-02", "FRAAGR>FRAGOV 141"},
		{"guard: number disagrees", "Russia expelled two British diplomats after they met Russian opposition leaders.", "2024-01-02", "GBRGOV>RUSOPP 040"},
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
