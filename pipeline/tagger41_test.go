package pipeline_test

import "testing"

// TestRoundThirtySixBackingRelative pins round thirty-six's reading of a
// reduced relative of backing after a head that names only an agent
// (branch tagger41, coder/backingrelative.go), with the learned component
// off. "Government forces backed by African Union troops" was one mention
// to the coder, so backedForces found no backer; when the backer was a
// state, the head lost the country the sentence gave it. The sentences are
// written for the test.
func TestRoundThirtySixBackingRelative(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		// The backer of an agent-only head shares its act of force.
		{"Government forces backed by African Union troops attacked al-Shabaab fighters near Mogadishu on Tuesday.",
			"SOMMIL>SOMREB 190; IGOAFRAFU>SOMREB 190"},
		{"Government troops backed by Russian jets bombed rebel positions in Idlib on Monday.",
			"SYRMIL>SYRREB 195; RUSMIL>SYRREB 195"},
		// Negative: "backed by" as the main verb is no reduced relative.
		{"The plan was backed by France on Friday.", ""},
		// Negative: political backing gives the backer nothing.
		{"Government forces backed by Russia attacked rebel positions in Idlib on Monday.", "SYRMIL>SYRREB 190"},
	}
	checkRuleCodes(t, "2024-06-01", tests)
}
