package coref

import (
	"strings"
	"testing"
)

// kindOfFields is KindOf as it was written before it stopped allocating:
// the reference for TestKindOfUnchanged.
func kindOfFields(text, code string) string {
	f := strings.Fields(text)
	for _, w := range f {
		if groupWords[strings.ToLower(strings.Trim(w, ",.'’"))] {
			return Group
		}
	}
	if len(code) == 3 {
		return State
	}
	if len(f) == 1 && len(f[0]) <= 5 && strings.ToUpper(f[0]) == f[0] {
		return Group
	}
	for _, w := range f {
		if w != "" && !(w[0] >= 'A' && w[0] <= 'Z') {
			return Group
		}
	}
	if len(f) >= 2 || len(f) == 1 && len(code) > 3 {
		return Person
	}
	return State
}

// TestKindOfUnchanged: KindOf gives the kinds it gave before, on phrases of
// every shape it tells apart, each with several codes.
func TestKindOfUnchanged(t *testing.T) {
	phrases := []string{
		"", " ", "China", "Iran", "IRGC", "PLA", "Ebrahim Raisi", "Mohammad Bagheri",
		"the Chinese delegation", "senior Iranian officials", "Officials,", "TROOPS",
		"the Délégation", "ÉLYSÉE", "the  two   sides", "Iranian Armed Forces",
		"Police.", "soldiers’", "army's", "Ministry of Defence", "x", "Xi", "ÜBER",
		"an extraordinarily-long-hyphenated-word officials", "Commanders of the IRGC",
		"United Nations", "U.N.", "Hamas", "the government", "Beijing", "Javad Zarif", "Zarif",
		"al-Bashir", "de Mistura", "[Iran]",
	}
	for _, p := range phrases {
		for _, code := range []string{"", "CHN", "CHNGOV", "IRNMIL", "---"} {
			if got, want := KindOf(p, code), kindOfFields(p, code); got != want {
				t.Errorf("KindOf(%q, %q) = %s, want %s", p, code, got, want)
			}
		}
	}
	for _, w := range []string{"Officials", "DELEGATION", "army", "Police", "Diplomats"} {
		if KindOf(w, "CHNGOV") != Group {
			t.Errorf("KindOf(%q) is not a group", w)
		}
	}
}
