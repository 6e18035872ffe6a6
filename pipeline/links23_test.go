package pipeline_test

import "testing"

// TestRoundTwentyThreeLinks codes, through the whole pipeline, sentences
// written for round twenty-three's coder rules, each beside a shape the
// rule must leave alone.
func TestRoundTwentyThreeLinks(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		// A vow to retaliate with no object is aimed at the author of the
		// act before it: 1312 against a tariff or sanction, 138 else
		// (coder/retaliate.go).
		{"Canada imposed tariffs on Mexican steel, and Mexico vowed to retaliate.", "CAN>MEX 163; MEX>CAN 1312"},
		{"Mexico vowed to retaliate.", ""},
		// A body naming a summit is the venue, not the partner of a
		// compound subject that met there (coder/venue.go).
		{"Brazil and Argentina met at the ASEAN summit in Jakarta.", "BRA>ARG 044; ARG>BRA 044; BRA>IDN 042; ARG>IDN 042"},
	}
	checkCodes(t, "2024-06-01", tests)
}
