package pipeline_test

import "testing"

// TestRoundElevenExtras codes, through the whole pipeline, sentences written
// for the round-eleven precision rules (coder/purpose.go, ...), each beside
// a shape the rule must leave alone.
func TestRoundElevenExtras(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		// An act named as the aim of a plot, request or attempt, or as what
		// was prevented, is no event; the verb that governs it still codes.
		{"Police in Kenya foiled a plot to assassinate the Ugandan president on Monday.", ""},
		{"Police stopped Kenyan protesters from marching on the parliament.", ""},
		{"Turkey rejected a request from Sweden to extradite the journalists.", "TUR>SWE 1213"},
		{"Kenyan police assassinated the Ugandan president on Monday.", "KENCOP>UGAGOV 186"},
		{"Kenyan protesters marched on the parliament.", "KENOPP>KENLEG 141"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := list(codeText(t, tt.text, "2024-06-01")); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
