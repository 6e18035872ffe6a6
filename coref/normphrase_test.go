package coref

import (
	"strings"
	"testing"
)

// TestNormPhrase: normPhrase gives what the Fields-and-join form gives.
func TestNormPhrase(t *testing.T) {
	for _, p := range []string{"", " ", "the country", "The Country", " the country", "the country ", "the  country",
		"the\tcountry", "both sides", "BOTH\nsides", "the Élysée", "the\u00a0country", "it", "They", "x  "} {
		if got, want := normPhrase(p), strings.ToLower(strings.Join(strings.Fields(p), " ")); got != want {
			t.Errorf("normPhrase(%q) = %q, want %q", p, got, want)
		}
	}
}
