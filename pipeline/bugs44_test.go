package pipeline_test

import "testing"

// TestRoundThirtyEightDemonymPlural: a plural after a demonym or a
// possessive is the subject's head when a past-tense verb follows (tag's
// pluralAfterDemonym); read as a verb ("Georgian troops/VBZ attacked/JJ")
// the sentence had no subject and coded nothing. A country's name before
// an -s word keeps the verb reading.
func TestRoundThirtyEightDemonymPlural(t *testing.T) {
	checkRuleCodes(t, "2024-06-07", []struct{ text, want string }{
		{"Georgian troops attacked separatists in South Ossetia on Friday.", "GEOMIL>GEOREB 190"},
		{"Kenya's Catholic bishops accused the government of abducting critics.", "KENCHRCTH>KENGOV 1121"},
		// Must not change: the -s word after a country's name is its verb.
		{"Russia forces Ukraine to retreat.", "RUS>UKR 1056"},
		{"Britain arms Ukraine.", "GBR>UKR 062"},
	})
}

// TestRoundThirtyEightBlacklist: econ26's ADD row for an actor added to a
// blacklist, written "+ TO * BLACKLIST", never fired: a second * is no word
// skip. Written "+ TO BLACKLIST" it matches TO's object at its head, past
// "its trade" (dyad.verbs.txt).
func TestRoundThirtyEightBlacklist(t *testing.T) {
	checkRuleCodes(t, "2024-06-07", []struct{ text, want string }{
		{"Britain added Russia to its trade blacklist.", "GBR>RUS 163"},
		{"The United States added three Chinese banks to its blacklist on Tuesday.", "USA>CHNBUS 163"},
		// Must not fire: a list that is no blacklist.
		{"Japan added Vietnam to its list of trusted partners.", ""},
	})
}
