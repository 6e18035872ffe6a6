package pipeline_test

import "testing"

// TestBugs32NoSubjectNegation: `negated` reads back from the verb over
// auxiliaries only, so a subject quantified by "no" or "none of" ("No
// Russian aircraft had entered …") was coded as the act it denies
// (verbs31, bugs31's C4, coder/negation.go noSubject). The act itself, a
// "no" that is not the subject's determiner, and "no longer" keep their
// codes.
func TestBugs32NoSubjectNegation(t *testing.T) {
	checkRuleCodes(t, "2024-03-12", []struct{ text, want string }{
		{"No Russian aircraft had entered Finnish airspace.", ""},
		{"None of the Chinese warships crossed into Japanese waters.", ""},
		// Must not change.
		{"Russian aircraft entered Finnish airspace on Monday.", "RUS>FIN 150"},
		{"Russian aircraft entered Finnish airspace with no warning.", "RUS>FIN 150"},
	})
}
