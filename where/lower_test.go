package where

import (
	"strings"
	"testing"
)

// TestLowerIs: lowerIs and byFirstWord agree with strings.ToLower, on ASCII
// words of either length and on words it hands to strings.ToLower (non-ASCII,
// longer than the stack buffer).
func TestLowerIs(t *testing.T) {
	tests := []struct {
		w, lower string
		want     bool
	}{
		{"Capital", "capital", true},
		{"CAPITAL", "capital", true},
		{"capital", "capital", true},
		{"Capitals", "capital", false},
		{"The", "capital", false},
		{"The", "the", true},
		{"São", "são", true},
		{"SÃO", "são", true},
		{"İstanbul", "istanbul", true}, // two bytes lower-cased to one
		{"", "", true},
	}
	for _, tt := range tests {
		if got := lowerIs(tt.w, tt.lower); got != tt.want {
			t.Errorf("lowerIs(%q, %q) = %v, want %v", tt.w, tt.lower, got, tt.want)
		}
	}
}

func FuzzLowerIs(f *testing.F) {
	f.Add("Capital", "capital")
	f.Add("The", "capital")
	f.Add("SÃO", "são")
	f.Add("İstanbul", "istanbul")
	f.Add("ÇIRAĞAN", "çırağan")
	f.Add("Élysée", "élysée")
	f.Add("\xff", "\xff")
	f.Add(strings.Repeat("A", 40), strings.Repeat("a", 40))
	f.Fuzz(func(t *testing.T, w, lower string) {
		if got, want := lowerIs(w, lower), strings.ToLower(w) == lower; got != want {
			t.Fatalf("lowerIs(%q, %q) = %v, strings.ToLower says %v", w, lower, got, want)
		}
		g := &Gazetteer{byFirst: map[string][]name{lower: {{place: 1}}}}
		if got, want := len(byFirstWord(g.byFirst, w)) == 1, strings.ToLower(w) == lower; got != want {
			t.Fatalf("byFirstWord(%q) found %q: %v, strings.ToLower says %v", w, lower, got, want)
		}
	})
}
