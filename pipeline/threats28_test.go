package pipeline_test

import "testing"

// TestRoundTwentyEightThreats: threats of round twenty-eight (threats28).
// The sentences are written for the test; each row but the guards fails
// without its rule (pipeline/data/dyad.verbs.txt, coder/retaliate.go).
func TestRoundTwentyEightThreats(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		// "X will pay a (heavy) price" said or vowed: a threat naming no act.
		{"pay a heavy price", "Iran said Israel would pay a heavy price.", "IRN>ISR 130"},
		{"vowed a price", "Iran vowed that Israel would pay a price for the killing.", "IRN>ISR 130"},
		// A promise to answer an act, aimed at the state that did it:
		// force answered is a threat of force.
		{"vowed to respond to force", "Syria shot down a Turkish jet on Friday, and Turkey vowed to respond decisively.", "TUR>SYR 138"},
		{"would respond to sanctions", "Washington widened sanctions against Russian banks on Friday, and Kremlin aide Yuri Ushakov warned that Moscow would respond.", "RUS>USA 130"},
		// Countermeasures promised: a threat, not repression (137).
		{"countermeasures", "China said it would take necessary countermeasures against the United States.", "CHN>USA 130"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := codeText(t, tt.text, "2024-01-02")
			if has(evs, tt.want) == nil {
				t.Errorf("%q: want %s, got %s", tt.text, tt.want, list(evs))
			}
		})
	}
	// Guards: a bill paid is no threat; an answer to a friendly act is none.
	guards := []struct{ name, text, not string }{
		{"guard: a bill paid", "Iran said Israel would pay the bill for the reconstruction.", "IRN>ISR 130"},
		{"guard: a friendly act answered", "The European Union offered Ukraine new aid on Monday, and Kyiv said it would respond next week.", "UKR>IGOEUREEC 130"},
	}
	for _, g := range guards {
		t.Run(g.name, func(t *testing.T) {
			evs := codeText(t, g.text, "2024-01-02")
			if has(evs, g.not) != nil {
				t.Errorf("%q: want no %s, got %s", g.text, g.not, list(evs))
			}
		})
	}
}
