package pipeline_test

import "testing"

// TestNominal33Talks: talks told by a noun beside the act they led to
// (coder/nountalks.go, actTalks) are the 046 pair between their parties:
// "at talks" after a reciprocal act told in the past, "after talks
// between X and Y" naming both parties, and "X said after talks" when the
// speaker is one side of the act coded before. Talks dated to an earlier
// or a later day, talks attended only in an intent, a meeting "at talks"
// still to come, talks inside a quoted plan and talks naming no second
// party beside no act are no event of the story day.
func TestNominal33Talks(t *testing.T) {
	checkRuleCodes(t, "2025-03-10", []struct{ text, want string }{
		{"Thailand and Cambodia agreed to an immediate ceasefire at talks in Putrajaya on Monday.", "THA>KHM 0871; KHM>THA 0871; THA>KHM 046; KHM>THA 046"},
		{"Iran agreed on Saturday to let the agency's inspectors reinstall cameras, the IAEA said after talks in Tehran.", "IGOUNOIAE>IRN 046; IRN>IGOUNOIAE 046"},
		{"Russia will grant Belarus cheaper gas from next year, the Kremlin said after talks between Putin and Alexander Lukashenko in Moscow.", "RUS>BLR 0331; RUSGOV>BLRGOV 046; BLRGOV>RUSGOV 046"},
		// An earlier day's talks, with and without their parties.
		{"Russia will grant Belarus cheaper gas from next year, the Kremlin said after talks last week.", "RUS>BLR 0331"},
		{"Russia will grant Belarus cheaper gas from next year, the Kremlin said after talks between Putin and Alexander Lukashenko last week.", "RUS>BLR 0331"},
		// Talks that name no second party, with no act beside them.
		{"The Kremlin said after talks in Moscow that the meeting had gone well.", ""},
		// Talks inside a quoted plan.
		{"Lavrov said Moscow wanted \"a ceasefire after talks between Russia and Ukraine\" in Istanbul.", "RUS>UKR 1056"},
		// Talks to come: a meeting planned at them, an intent to attend.
		{"Thailand and Cambodia will meet at talks in Putrajaya next week.", "THA>MYS 036; MYS>THA 036; KHM>MYS 036; MYS>KHM 036"},
		{"Thailand and Cambodia agreed to attend talks in Putrajaya next week.", "THA>KHM 036; KHM>THA 036"},
	})
}

// TestNominal33BrokeredTruce: a truce noun naming its two parties ("a
// ceasefire between X and Y") as the object of a third party's mediation
// (045) is also the parties' 0871 pair (coder/brokeredtruce.go). A truce
// only called for, proposed or hailed gives no pair, nor one brokered on an
// earlier day.
func TestNominal33BrokeredTruce(t *testing.T) {
	checkRuleCodes(t, "2025-06-24", []struct{ text, want string }{
		{"Oman brokered a three-day truce between Israel and Hamas that took effect on Friday.", "OMN>ISR 045; OMN>PSEREBHMS 045; ISR>PSEREBHMS 0871; PSEREBHMS>ISR 0871"},
		{"Trump announced a ceasefire between Israel and Iran overnight.", "USAGOV>ISR 045; USAGOV>IRN 045; ISR>IRN 0871; IRN>ISR 0871"},
		// Called for, proposed, hailed: no truce agreed.
		{"Egypt called for a ceasefire between Israel and Hamas on Wednesday.", "EGY>ISR 0256; EGY>PSEREBHMS 0256"},
		{"Egypt proposed a ceasefire between Israel and Hamas on Wednesday.", "EGY>ISR 0256; EGY>PSEREBHMS 0256"},
		{"Egypt hailed the ceasefire between Israel and Hamas on Wednesday.", "EGY>ISR 051; EGY>PSEREBHMS 051"},
		// An earlier year's truce.
		{"Qatar brokered a truce between Israel and Hamas last year, the minister recalled.", "QAT>ISR 045; QAT>PSEREBHMS 045"},
	})
}

// TestNominal33PossessiveVisit: a visit noun whose visitor is a possessive
// and that names no destination ("during X's state visit") beside an act is
// the visitor's 042 to the host the act and its place give
// (coder/nountalks.go, actVisitBy). A visit a year before the act, one
// dated to an earlier day, and one beside an act still to come give
// nothing.
func TestNominal33PossessiveVisit(t *testing.T) {
	checkRuleCodes(t, "2024-05-10", []struct{ text, want string }{
		{"India and Australia signed a migration pact in Sydney on Wednesday during Prime Minister Narendra Modi's visit.", "IND>AUS 057; AUS>IND 057; INDGOV>AUS 042"},
		{"China and Russia pledged on Thursday to expand trade, in a joint statement issued during President Vladimir Putin's state visit.", "CHN>RUS 0311; RUS>CHN 0311; RUSGOV>CHN 042"},
		// A visit of an earlier day.
		{"India and Australia signed a migration pact on Wednesday, a year after Prime Minister Narendra Modi's visit.", "IND>AUS 057; AUS>IND 057"},
		{"India and Australia signed a migration pact on Wednesday during Prime Minister Narendra Modi's visit last year.", "IND>AUS 057; AUS>IND 057"},
		// An act still to come.
		{"India and Australia will sign a migration pact during Prime Minister Narendra Modi's visit next week.", "IND>AUS 036; AUS>IND 036"},
	})
}
