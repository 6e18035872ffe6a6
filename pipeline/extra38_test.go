package pipeline_test

import "testing"

// TestRoundThirtyFiveStopIsNoSuspension: SUSPEND's "- *_+ [161]" (a body
// suspending a member) was also tried on STOP in its second pass, so
// stopping someone, or stopping buying from a state, was a reduction of
// relations (dict/data/dyad.errata.verbs.txt, +FINISH: STOP's own null row
// now comes first). The read sets' dev gold codes none of them 161: h-148
// (fresh3, "in an attempt to stop pro-democracy protesters from
// gathering", where a protest row now reads the protesters instead),
// r-186 (fresh9, "demanded that the government stop the abductions"),
// aa-196 (fresh17, "India must stop buying Russian oil"). Every dev 161
// the row gets right is a body suspending a member or states quitting a
// bloc (r-077, u-003, u-017, u-166, z-030, ae-046, ar-123, as-162, ax-028,
// ax-089, ax-145, ax-184, ay-145); those keep 161.
func TestRoundThirtyFiveStopIsNoSuspension(t *testing.T) {
	checkRuleCodes(t, "2024-03-12", []struct{ text, want string }{
		{"Egyptian authorities closed roads in central Cairo on Friday in an attempt to stop opposition protesters from gathering.", ""},
		{"The government tried to stop Kenyan protesters from marching.", ""},
		{"Turkey must stop buying Russian gas if it wants sanctions lifted, a U.S. official said on Monday.", ""},
		// Must not change: suspending a member, quitting a bloc.
		{"The African Union suspended Mali from all its activities on Friday.", "IGOAFRAFU>MLI 161"},
		{"ECOWAS suspended Guinea on Thursday.", "IGOWAFBUSWAS>GIN 161"},
		{"Mali, Niger and Burkina Faso said they were quitting ECOWAS.", "MLI>IGOWAFBUSWAS 161; NER>IGOWAFBUSWAS 161; BFA>IGOWAFBUSWAS 161"},
	})
}
