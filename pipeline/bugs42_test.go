package pipeline_test

import "testing"

// TestRoundThirtySevenBombedHomes: homes, buildings or a village bombed,
// bombarded or fired on are an attack (EXPLOSIVE_DESTRUCTION's 190, which
// the sub-code table makes 195 from the air, 194 by artillery), not the
// arson of the BURN overlay's 1712 row, which sat in the same block because
// TORCH does (pipeline/data/dyad.verbs.txt, round thirty-seven).
func TestRoundThirtySevenBombedHomes(t *testing.T) {
	checkRuleCodes(t, "2024-06-07", []struct{ text, want string }{
		{"Myanmar military jets bombed a village in Sagaing on Tuesday.", "MMRMIL>MMRCVL 195"},
		{"Russian artillery bombarded a village near Kharkiv on Tuesday.", "RUSMIL>UKRCVL 194"},
		// Must stay 1712: torching homes or a village is the destruction
		// of property the row was written for.
		{"Soldiers torched a village in Darfur on Tuesday.", "SDNMIL>SDNCVL 1712"},
	})
}

// TestRoundThirtySevenNoSubject: a subject quantified by "no" or "none of"
// negates its verb as "did not" does: "no Russian aircraft had entered
// Finnish airspace" reports that nothing entered, no show of force
// (coder/negation.go, noSubject).
func TestRoundThirtySevenNoSubject(t *testing.T) {
	checkRuleCodes(t, "2024-06-07", []struct{ text, want string }{
		{"No Russian aircraft entered Finnish airspace on Monday.", ""},
		{"None of the Russian aircraft entered Finnish airspace on Monday.", ""},
		{"No Russian troops attacked the village on Monday.", ""},
		// Must still fire: the "no" belongs to a prepositional object,
		// not to the subject.
		{"Russian aircraft with no transponders entered Finnish airspace on Monday.", "RUS>FIN 150"},
	})
}

// TestRoundThirtySevenFroze: "froze" is only ever freeze's past tense, and
// the tagger read it as a noun after a name ("Mexico froze relations"),
// which left the sentence without a verb (tag/tagger.go, as for "quit").
func TestRoundThirtySevenFroze(t *testing.T) {
	checkRuleCodes(t, "2024-06-07", []struct{ text, want string }{
		{"Mexico froze relations with Ecuador on Friday.", "MEX>ECU 161"},
		// Must not fire: a freeze that is a noun's, with no act by an actor.
		{"The freeze in relations with Ecuador began in April.", ""},
	})
}
