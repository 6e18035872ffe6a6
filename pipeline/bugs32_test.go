package pipeline_test

import "testing"

// TestBugs32FlyingIsNoFlown: removal31's FLY rows "- WAS * TO [---]" (and
// WERE, BEEN) were written for a traveller being flown somewhere by
// another (a detainee, a freed prisoner), but "*" is any form of FLY, so
// the traveller's own progressive "was flying to Beijing" lost its 042.
// The rows now belong to the participle after the be-word alone
// (pipeline/data/dyad.verbs.txt, "WAS_+FLOWN" in FLY's block).
func TestBugs32FlyingIsNoFlown(t *testing.T) {
	checkRuleCodes(t, "2024-03-12", []struct{ text, want string }{
		{"The Pakistani prime minister was flying to Beijing for talks.", "PAKGOV>CHN 042; CHN>PAKGOV 043"},
		{"Kenyan President William Ruto was flying to Addis Ababa on Monday.", "KENGOV>ETH 042"},
		// Must not change: being flown there is no visit, flying is.
		{"The suspect was flown to The Hague on Tuesday.", ""},
		{"The freed prisoners were flown to Doha.", ""},
		{"The Indian foreign minister flew to Moscow on Monday.", "INDGOV>RUS 042"},
	})
}
