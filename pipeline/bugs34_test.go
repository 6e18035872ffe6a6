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
