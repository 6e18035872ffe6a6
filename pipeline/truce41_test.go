package pipeline_test

import "testing"

// TestTruceReleaseClause: a truce's releases are read from the truce's own
// clause on, not in a clause of its own joined by "and" that tells another
// act on another day (coder/trucerelease.go, truceLeaves).
func TestTruceReleaseClause(t *testing.T) {
	checkRuleCodes(t, "2025-01-15", []struct{ text, want string }{
		// Negatives: the release is a clause of its own, a week earlier.
		{"Israel and Hamas agreed to a ceasefire on Monday, and Hamas released four hostages last week.", "ISR>PSEREBHMS 0871; PSEREBHMS>ISR 0871"},
		{"Israel and Hamas agreed to a ceasefire on Monday, and Hamas said it had freed four hostages last week.", "ISR>PSEREBHMS 0871; PSEREBHMS>ISR 0871"},
	})
}

// TestBrokeredTruceRelease: a truce another state brokered is agreed by
// its two sides, and the releases it names are theirs as for a truce they
// agreed themselves (truceReleases runs after brokeredTruces).
func TestBrokeredTruceRelease(t *testing.T) {
	checkRuleCodes(t, "2025-01-15", []struct{ text, want string }{
		{"Qatar brokered a ceasefire between Israel and Hamas under which hostages will be released.", "QAT>ISR 045; QAT>PSEREBHMS 045; ISR>PSEREBHMS 0871; PSEREBHMS>ISR 0871; PSEREBHMS>ISR 0353"},
		// Negative: a brokered truce that names no release.
		{"Qatar brokered a ceasefire between Israel and Hamas on Sunday.", "QAT>ISR 045; QAT>PSEREBHMS 045; ISR>PSEREBHMS 0871; PSEREBHMS>ISR 0871"},
	})
}
