package pipeline_test

import "testing"

// TestRoundThirtyOneIntrusions: aircraft, drones or ships that entered,
// violated, crossed or intruded into another state's airspace, air defence
// identification zone or territorial waters are a show of force, 150 from the
// intruder to the state that owns them (pipeline/data/dyad.verbs.txt, the
// round thirty-one rows on ENTER, VIOLATE, CROSS, PENETRATE and INTRUDE).
// The state is the noun's own modifier, as an adjective or a possessive.
func TestRoundThirtyOneIntrusions(t *testing.T) {
	checkRuleCodes(t, "2024-06-07", []struct{ text, want string }{
		{"Thirty Chinese military aircraft entered Taiwan's air defence identification zone on Monday.", "CHNMIL>TWN 150"},
		{"A Russian military plane violated Estonian airspace on Friday.", "RUSMIL>EST 150"},
		{"Three Chinese coast guard vessels entered Japanese territorial waters on Sunday.", "CHNMIL>JPN 150"},
		{"Belarusian helicopters crossed into Polish airspace on Tuesday.", "BLR>POL 150"},
		// Must not fire: entering a building or a city is no intrusion, and
		// crossing a border on foot names no airspace or waters.
		{"The Estonian prime minister entered the parliament building on Monday.", ""},
		{"Lithuanian farmers crossed the border into Poland on Friday.", ""},
	})
}
