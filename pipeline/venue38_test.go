package pipeline_test

import "testing"

// TestVenue38HeldPlace: "held" right after a noun is a reduced relative,
// and the place after its "in" or "at" is where the noun is held, not a
// party (coder/heldplace.go): HOLD's rows read on to the place, "revenues
// held in South Korea" USA>KOR, "funds held at the Federal Reserve" a
// seizure from the U.S. government (news.md, round thirty-five, venue38).
// Sentences written for the test; rule coder alone.
func TestVenue38HeldPlace(t *testing.T) {
	checkRuleCodes(t, "2024-03-01", []struct{ text, want string }{
		{"Iran demanded that Washington unfreeze oil revenues held in Japan.", "IRN>USA 100"},
		{"Iraq asked the United States to release the funds held at the Federal Reserve.", "IRQ>USA 0253"},
		{"Hamas freed two Thai hostages held in Gaza on Friday.", "PSEREBHMS>THA 0841"},
		// Negatives: talks held somewhere keep their parties, and a meeting
		// held by a party keeps the place it names after its object.
		{"Talks held in Doha between Sudan's army and the rebels ended without a deal.", "SDNMIL>SDNREB 164; SDNREB>SDNMIL 164"},
		{"Egypt held talks with Ethiopia in Cairo on Sunday.", "EGY>ETH 046; ETH>EGY 046"},
	})
}
