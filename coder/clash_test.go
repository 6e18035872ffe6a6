package coder

import "testing"

// TestFighter: the sides a clash is mirrored between are armed ones.
func TestFighter(t *testing.T) {
	tests := []struct {
		code string
		want bool
	}{
		{"MMRMIL", true},
		{"INDCOP", true},
		{"PHLREB", true},
		{"IMGMUSALQ", true},
		{"PEROPP", false},
		{"KORCVL", false},
		{"MIL", false}, // a role with no side named
		{"USA", false},
	}
	for _, tt := range tests {
		if got := fighter(tt.code); got != tt.want {
			t.Errorf("fighter(%q) = %v, want %v", tt.code, got, tt.want)
		}
	}
}
