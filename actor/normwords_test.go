package actor

import (
	"os"
	"strings"
	"testing"
)

// TestNormWords: normWords gives every word of the news corpus, and the
// possessive, period and non-ASCII cases, as normWord does.
func TestNormWords(t *testing.T) {
	data, err := os.ReadFile("../chunk/testdata/news/cameo.txt")
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields(string(data))
	words = append(words, "Iran's", "People's", "PEOPLE’S", "Gen.", "U.S.", ".", "'s", "’s", "Iran’s's",
		"ÉLYSÉE", "Ankara’s", "Dr..", "İstanbul", "a.", "")
	for i := 0; i < len(words); i += 7 {
		ws := words[i:min(i+7, len(words))]
		got := normWords(nil, ws)
		for k, w := range ws {
			if want := normWord(w); got[k] != want {
				t.Errorf("normWords %q: %q, normWord %q", w, got[k], want)
			}
		}
	}
	long := strings.Fields(strings.Repeat("The Foreign Minister's ", 10))
	got := normWords(nil, long)
	for k, w := range long {
		if got[k] != normWord(w) {
			t.Errorf("long phrase word %d %q: %q", k, w, got[k])
		}
	}
}
