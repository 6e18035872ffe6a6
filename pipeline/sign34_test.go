package pipeline_test

import "testing"

// TestRoundThirtyThreeMemorandumOfUnderstanding: "understanding" in "a
// memorandum of understanding" is a noun (tag/mou.go). Read as a gerund it
// opened a clause inside the object, and a place named after it took the
// signing from its verb: the signing coded nothing (news.md, repair34's
// ap-032). The sentences are written for the test; the four with a place name fail
// without the retag. The guards: a signing planned is no signing, and
// "understanding" as a verb keeps its clause.
func TestRoundThirtyThreeMemorandumOfUnderstanding(t *testing.T) {
	checkRuleCodes(t, "2024-06-07", []struct{ text, want string }{
		{"Ghana and Togo signed a memorandum of understanding on border security in Accra on Thursday.", "GHA>TGO 057; TGO>GHA 057"},
		{"Ghana and Togo signed a memorandum of understanding in Geneva on Thursday.", "GHA>TGO 057; TGO>GHA 057"},
		{"Ghana and Togo signed a Memorandum of Understanding on trade in Lome on Thursday.", "GHA>TGO 057; TGO>GHA 057"},
		{"Ghana and Togo signed memoranda of understanding on trade and energy in Accra on Thursday.", "GHA>TGO 057; TGO>GHA 057"},
		{"Ghana and Togo signed a memorandum of understanding on Thursday.", "GHA>TGO 057; TGO>GHA 057"},
		// Guards: a signing still to come, no second party.
		{"Ghana and Togo are expected to sign a memorandum of understanding next month.", ""},
		{"Ghana's president signed a memorandum of understanding on Thursday.", ""},
	})
}
