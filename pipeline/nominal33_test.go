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
