package pipeline_test

import "testing"

// TestRoundTwelveSubcodes codes, through the whole pipeline, sentences written
// for the round-twelve sub-code rows (coder/data/subcodes.txt), each beside a
// shape the rule must leave alone.
func TestRoundTwelveSubcodes(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		// A demand for an end to violence, or that weapons be destroyed, is a
		// demand for de-escalation (1056: "ceasefires, military withdrawals,
		// and demobilization"; 0873 "hand over arms, weapons").
		{"The United Nations demanded an end to violence in Sudan on Wednesday.", "IGOUNO>SDN 1056"},
		{"NATO demanded that Russia destroy its new cruise missiles.", "IGOWSTNAT>RUS 1056"},
		// Weapons destroyed in a strike are the strike's, not disarmament.
		{"Israeli warplanes destroyed Hamas rocket launchers in Gaza on Monday.", "ISRMIL>PSEREBHMS 195"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := list(codeText(t, tt.text, "2024-06-01")); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
