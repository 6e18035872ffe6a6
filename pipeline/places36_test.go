package pipeline_test

import "testing"

// TestPlaces36PlaceInEventName: a city's or capital's name before the noun
// of a meeting, an accord or a process names that meeting or accord, not the
// state the city lies in (session seventeen's notes: "the Paris agreement"
// read as France; on the dev halves "the Jeddah talks" SAU, "the Vienna
// Convention" AUT, "the Hanoi summit" VNM, "the Luanda meeting" AGO, "the
// Cairo ceasefire talks" EGY). The negatives keep a place named on its own
// ("talks in Jeddah", "talks in Paris"), a city's government, a city in the
// possessive and a country's own name before the noun ("the Iran nuclear
// deal"). Sentences written for the test; rule coder alone.
func TestPlaces36PlaceInEventName(t *testing.T) {
	checkRuleCodes(t, "2024-01-09", []struct{ text, want string }{
		{"The Sudanese army walked out of the Jeddah talks on Monday.", ""},
		{"The Sudanese army walked out of the Jeddah talks with the RSF on Monday.", "SDNMIL>SDNREB 164"},
		{"Hamas threatened to quit the Cairo ceasefire talks on Monday.", ""},
		{"The OAS condemned the raid as a breach of the Vienna Convention.", ""},
		{"Trump walked out of the Hanoi summit on Thursday.", ""},
		// Negatives.
		{"The Sudanese army walked out of talks in Jeddah on Monday.", "SDNMIL>SAU 164"},
		{"Iran's foreign minister held talks in Paris with French officials on Monday.", "IRNGOV>FRAGOV 046; FRAGOV>IRNGOV 046"},
		{"Beijing criticised the Manila government on Monday.", "CHN>PHLGOV 111"},
		{"Egypt condemned Cairo's critics on Monday.", "EGY>EGYOPP 111"},
		{"The United States withdrew from the Iran nuclear deal on Tuesday.", "USA>IRN 161"},
	})
}
