package pipeline_test

import "testing"

// TestRoundThirtyOneParticleOf: a verb's particle before an of-phrase
// ("pulled its troops out of Somalia", "were driven out of Kosovo") stays in
// the verb phrase (chunk/vp.go), so the verb's OUT OF rows can match. Before,
// "out" was read as a preposition with no object, the verb phrase ended at
// it and the sentence coded nothing. The fix moves no pattern: a particle
// with no OUT OF row, or "out of" with no actor after it, still gives
// nothing.
func TestRoundThirtyOneParticleOf(t *testing.T) {
	checkRuleCodes(t, "2024-06-07", []struct{ text, want string }{
		{"Kenya pulled its troops out of Somalia on Friday.", "KEN>SOM 0874"},
		{"Thousands of Albanian villagers were driven out of Kosovo by Serbian police on Tuesday.", "SRBCOP>ALBCVL 201"},
		// Must not fire: running out of fuel and being made up of parties
		// are no events.
		{"Kenyan troops ran out of fuel near the border on Monday.", ""},
		{"The Somali coalition is made up of five parties.", ""},
	})
}
