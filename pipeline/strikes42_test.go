package pipeline_test

import "testing"

// TestWaterCannonAtVessel: water cannon fired at a boat, ship or vessel is a
// use of force at sea (190), the sets' convention (testdata/news/README.md,
// "Water cannon and ramming against vessels are 190"); fired at people it
// stays crowd control (175). coder/data/subcodes.txt, CANNONVESSEL. Dev rows
// of the construction: f-113, m-051, as-019, bc-116 (all CHNMIL > PHL 190).
// Run with the rule coder alone.
func TestWaterCannonAtVessel(t *testing.T) {
	checkRuleCodes(t, "2025-06-14", []struct{ text, want string }{
		{"A Chinese coast guard ship fired a water cannon at a Vietnamese fishing boat on Monday.", "CHNMIL>VNM 190"},
		{"Chinese coast guard vessels fired water cannon at two Philippine ships near the reef.", "CHNMIL>PHL 190"},
		{"Chinese coast guard ships used water cannon against a Philippine vessel on Friday.", "CHNMIL>PHL 190"},
		// Negatives: water cannon on protesters, a threat, a drill.
		{"Police fired water cannon at protesters outside parliament in Nairobi.", "KENCOP>KENOPP 175"},
		{"China threatened to fire water cannon at Philippine boats near the shoal.", "CHN>PHL 1384"},
		{"The Chinese coast guard held a drill on Monday in which its ships fired water cannon at a target boat.", ""},
	})
}

// TestPeopleDeported: deporting a people named by its plural with no count
// ("undocumented Afghans") or counted by the thousand ("up to 10,000",
// "several thousand") is 201 mass expulsion; some of its members counted
// ("two Afghans") or one person stay 174 (coder/expel.go, massExpulsion,
// peoplePlural). Dev rows: h-154, r-144, ac-142, af-121, ab-114 (201).
// Run with the rule coder alone.
func TestPeopleDeported(t *testing.T) {
	checkRuleCodes(t, "2025-03-05", []struct{ text, want string }{
		{"Iran began deporting undocumented Afghans on Monday.", "IRN>AFG 201"},
		{"Thailand deported Cambodians living in the country illegally on Monday.", "THA>KHM 201"},
		{"Thailand deported several thousand Cambodians on Monday.", "THA>KHM 201"},
		// Negatives: a count of a few, one person, a threat.
		{"Iran deported two Afghans on Monday.", "IRN>AFG 174"},
		{"Iran deported an Afghan journalist on Monday.", "IRN>AFGMED 174"},
		{"Iran threatened to deport Afghans.", "IRN>AFG 130"},
	})
}
