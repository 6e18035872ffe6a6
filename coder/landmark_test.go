package coder

import "testing"

// TestLandmarksTable: the embedded table parses, every row names a state,
// and a longer name sharing a first word is tried first ("Russian White
// House" before any shorter RUSSIAN row could take its words).
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
	if _, err := parseLandmarks("XX\tNowhere\n"); err == nil {
		t.Error("a row without a country code parsed")
	}
	if _, err := parseLandmarks("USA White House\n"); err == nil {
		t.Error("a row without a tab parsed")
	}
}
