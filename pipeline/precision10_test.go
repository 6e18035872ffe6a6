package pipeline_test

import "testing"

// TestRoundTenPrecision codes, through the whole pipeline, sentences
// written for round ten's rules against events the text does not report,
// each beside a shape the rule must leave alone.
func TestRoundTenPrecision(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		// An until-clause in the present names a condition not yet met
		// (coder/noevent.go); in the past it reports what happened.
		{"The talks were suspended until Iran releases the British sailors.", ""},
		{"The talks were suspended until Iran released the British sailors.", "IRN>GBR 0841"},
	}
	checkCodes(t, "2020-06-01", tests)
}
