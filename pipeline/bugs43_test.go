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
