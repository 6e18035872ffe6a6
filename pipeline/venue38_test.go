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

// TestVenue38GatheringPlace: a state named right after "summit in", "talks
// at" and the like is the gathering's venue, not the other party of an act
// other than the consultation itself (coder/gatheringplace.go): "cancelled
// his trip to the G20 summit in Johannesburg" was a 161 to South Africa
// (news.md, round thirty-five, venue38). Sentences written for the test;
// rule coder alone.
func TestVenue38GatheringPlace(t *testing.T) {
	checkRuleCodes(t, "2024-03-01", []struct{ text, want string }{
		{"Nigeria's president cancelled his trip to the summit in Brazil.", ""},
		{"Sudan's army rejected an invitation to ceasefire talks at Geneva.", ""},
		// Negatives: the intent to meet and the talks themselves keep a
		// host at home; a visit to the summit's state keeps its target.
		{"Egypt and Ethiopia agreed to hold talks in Cairo next week.", "EGY>ETH 036; ETH>EGY 036"},
		{"The Sudanese army and the RSF resumed talks in Jeddah on Sunday.", "SDNMIL>SDNREB 046; SDNREB>SDNMIL 046"},
		{"Kenya's president flew to the summit in Ethiopia on Sunday.", "KENGOV>ETH 042; ETH>KENGOV 043"},
	})
}
