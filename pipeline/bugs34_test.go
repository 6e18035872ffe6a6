package pipeline_test

import "testing"

// TestBugs34RegretOffence: REGRET's "- * OFFENC [055]" (copied from the
// 2015 file) was a stem, but pattern words match whole words, so "regretted
// its offence" was 111, not the apology the row documents (new37). The
// words are spelt out. Regretting another's decision stays 111.
func TestBugs34RegretOffence(t *testing.T) {
	checkRuleCodes(t, "2020-01-01", []struct{ text, want string }{
		{"Ghana regretted its offence against Togo.", "GHA>TGO 055"},
		{"Ghana regretted its offenses against Togo.", "GHA>TGO 055"},
		// Negative.
		{"Ghana regretted Togo's decision.", "GHA>TGO 111"},
	})
}

// TestBugs34PressedAssault: PRESS and PUSH sit in DEMAND [100]; forces that
// pressed their assault carry on fighting (190, as the block's own
// "- *_ON_WITH OFFENSIVE [190]" reads it), not a demand (parse32, w-184).
// The assault must follow the verb (or "on with", "ahead with"; "pressed on
// with" is not reached: the verb gives nothing there, rows or not): pressing a
// state to end its assault stays the demand.
func TestBugs34PressedAssault(t *testing.T) {
	checkRuleCodes(t, "2022-02-28", []struct{ text, want string }{
		{"Russian forces pressed their assault on Kyiv on Monday.", "RUSMIL>UKR 190"},
		{"Russian forces pressed ahead with their offensive against Ukraine.", "RUSMIL>UKR 190"},
		// Negatives.
		{"France pressed Russia to end its assault on Ukraine.", "FRA>RUS 100"},
		{"The United States pressed Israel for a ceasefire.", "USA>ISR 1056"},
	})
}
