package coder

import "testing"

// TestArrivalVerb checks that arrival verbs are matched as whole words:
// a prefix match took "landmine" and "landmark" for landing.
func TestArrivalVerb(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"arrived", true},
		{"has arrived", true},
		{"landed", true},
		{"reached", true},
		{"Landing", true},
		{"landmine", false},
		{"landmark", false},
		{"landslide", false},
		{"arrival", false},
		{"visited", false},
		{"", false},
	} {
		if got := arrivalVerb(tt.text); got != tt.want {
			t.Errorf("arrivalVerb(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
