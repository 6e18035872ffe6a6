package pipeline_test

import (
	"strings"
	"testing"
)

// TestInfinitive34VisitingParticiple: "visiting" after a subordinator
// ("said after visiting Brazil", "before visiting Kenya") is a participle
// opening an adverbial clause whose object is the place visited; visiting.go
// read it as the adjective of "visiting German Chancellor Olaf Scholz" and
// made the visited state the guest of the speaker's state (BRA>CHN 042,
// CHNGOV>BRA 043: quotes34's notes). Guards: "told visiting Chinese Foreign
// Minister Wang Yi" and "praised visiting …" keep the guest's visit and its
// hosting. Sentences written for the test; rule coder alone.
func TestInfinitive34VisitingParticiple(t *testing.T) {
	p := ruleCoder(t)
	for _, text := range []string{
		"Chinese Foreign Minister Wang Yi said after visiting Brazil that trade would grow.",
		"Kenya's president said on Monday after visiting Ethiopia that the border would reopen.",
	} {
		got := list(codeWith(t, p, text, "2024-03-05"))
		for _, bad := range []string{"BRA>CHN 042", "CHNGOV>BRA 043", "ETH>KEN 042", "KENGOV>ETH 043"} {
			if strings.Contains(got, bad) {
				t.Errorf("%q: got %q, the visited state as the guest (%s)", text, got, bad)
			}
		}
	}
	checkRuleCodes(t, "2024-03-05", []struct{ text, want string }{
		{"Brazil's president told visiting Chinese Foreign Minister Wang Yi that trade would grow.", "CHNGOV>BRA 042; BRAGOV>CHNGOV 043"},
		{"Brazil's president praised visiting Chinese Foreign Minister Wang Yi.", "BRAGOV>CHNGOV 051; CHNGOV>BRA 042; BRAGOV>CHNGOV 043"},
	})
}
