package pipeline_test

import "testing"

// TestRoundTwentySixReactions: reactions drawn in a closing phrase (round
// twenty-six, reaction26; coder/reaction.go). The sentences are written for
// the test; each "want" row fails without the rule, and the guards check
// that a bare reaction noun codes no criticism.
func TestRoundTwentySixReactions(t *testing.T) {
	tests := []struct {
		name, text, want string
		absent           bool
	}{
		// an angry response is a criticism of the clause's actor
		{"angry response", "Vietnam detained a Chinese fishing crew on Monday, drawing an angry response from Beijing.", "CHN>VNM 111", false},
		// a protest drawn is an official complaint
		{"protest", "Hungary vetoed the EU aid package on Monday, prompting a formal protest from Poland.", "POL>HUN 114", false},
		// "drew" in a relative clause of the closing noun
		{"a step that drew", "Greece expelled two Turkish diplomats on Monday, a step that drew a furious reaction from Ankara.", "TUR>GRC 111", false},
		// guard: a response with no word of anger is no criticism
		{"guard: bare response", "Vietnam detained a Chinese fishing crew on Monday, drawing a response from Beijing.", "CHN>VNM 111", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := codeText(t, tt.text, "2024-03-04")
			if got := has(evs, tt.want) != nil; got == tt.absent {
				t.Errorf("%q: want %s (absent %v), got %s", tt.text, tt.want, tt.absent, list(evs))
			}
		})
	}
}
