package coder

import (
	"strings"
	"testing"
)

// TestLandmarksTable: the embedded table parses, every row names a state,
// and a longer name sharing a first word is tried first ("Elysee Palace"
// before "Elysee").
func TestLandmarksTable(t *testing.T) {
	tab := landmarks()
	for _, name := range []struct{ first, country string }{{"KREMLIN", "RUS"}, {"WHITE", "USA"}, {"GREAT", "CHN"}, {"ÉLYSÉE", "FRA"}} {
		ls := tab[name.first]
		if len(ls) == 0 || ls[len(ls)-1].country != name.country {
			t.Errorf("%s: got %v, want a row of %s", name.first, ls, name.country)
		}
	}
	for first, ls := range tab {
		for i := 1; i < len(ls); i++ {
			if len(ls[i].words) > len(ls[i-1].words) {
				t.Errorf("%s: rows not longest first: %v", first, ls)
			}
		}
	}
	// A bad row is reported by its line (the loader's panic adds the file,
	// as subtable.go's does for data/subcodes.txt).
	if _, err := parseLandmarks("# a comment\nXX\tNowhere\n"); err == nil || !strings.HasPrefix(err.Error(), "line 2: ") {
		t.Errorf("a row without a country code: got %v, want an error at line 2", err)
	}
	if _, err := parseLandmarks("USA White House\n"); err == nil {
		t.Error("a row without a tab parsed")
	}
}
