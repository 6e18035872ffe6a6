package pipeline_test

import "testing"

// TestStrike33JoinedWalkedOff: people who join a general strike, and workers
// who walk off the job, are on strike that day: 143 (its sub-code when a
// demand is given), where JOIN's ASSEMBLE block would make it a meeting and
// WALK had only walkouts from talks. Joining talks or a march, and walking
// off a stage, stay what they were. Sentences written for the test; rule
// coder alone.
func TestStrike33JoinedWalkedOff(t *testing.T) {
	checkRuleCodes(t, "2024-03-05", []struct{ text, want string }{
		{"Thousands of Bolivians joined a general strike on Monday against the mining law.", "BOLOPP>BOLGOV 143"},
		{"Chilean dock workers walked off the job on Tuesday demanding higher wages.", "CHLLAB>CHLGOV 1432"},
		// Negatives: no strike named, no strike coded.
		{"Bolivia joined the talks on Monday.", ""},
		{"Chilean dock workers walked off the stage on Tuesday.", ""},
		{"Peru's opposition joined a protest march on Monday.", ""},
	})
}
