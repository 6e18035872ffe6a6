package pipeline_test

import "testing"

// TestRoundThirtySevenSouthOssetia: South Ossetia, a breakaway region
// fighting the state it lies in, is Georgia's rebels as the news README
// codes its forces (GEOREB), the way Karabakh's separatists are AZEREB
// (dict/data/dyad.actors.txt). North Ossetia is Russia's and stays so.
func TestRoundThirtySevenSouthOssetia(t *testing.T) {
	checkRuleCodes(t, "2024-06-07", []struct{ text, want string }{
		{"Georgia launched an offensive to retake the breakaway region of South Ossetia on Friday.", "GEO>GEOREB 190"},
		{"South Ossetia accused Georgia of shelling its villages.", "GEOREB>GEO 1123"},
		// Must not be read as South Ossetia: Phoenix places North
		// Ossetia in Russia.
		{"Russia sent troops to North Ossetia on Friday.", "RUSGOV>RUS 154"},
	})
}

// TestRoundThirtySevenGunmenIn: KILL's "- GUNMEN * IN $ [190]" gives
// unnamed gunmen the country of the place they killed in; its $ is IN's
// own object (dyad.errata.verbs.txt). Read past "a raid on", it took "a
// village" (a civilian agent in Phoenix) as the killers, the victims' own
// side, and the sentence coded nothing.
func TestRoundThirtySevenGunmenIn(t *testing.T) {
	checkRuleCodes(t, "2024-06-07", []struct{ text, want string }{
		{"Gunmen killed villagers in a raid on a village in Nigeria on Monday.", "NGAUAF>NGACVL 190"},
		{"Gunmen killed five people in a raid on a village in Nigeria on Monday.", "NGAUAF>NGACVL 190"},
		// Must not change: with no victim named as an actor there is
		// still no event.
		{"Gunmen killed five people in Nigeria on Monday.", ""},
	})
}
