package pipeline_test

import "testing"

// TestBugs32WorldCourt: "the World Court" is the International Court of
// Justice (dict/data/dyad.actors.txt); it named no actor, so the court's
// order had no source (igo31).
func TestBugs32WorldCourt(t *testing.T) {
	checkRuleCodes(t, "2024-03-12", []struct{ text, want string }{
		{"The World Court ordered Israel to allow aid into Gaza.", "IGOUNOJUDICJ>ISR 103"},
		// Must not change: the court by its full name.
		{"The International Court of Justice ordered Israel to allow aid into Gaza.", "IGOUNOJUDICJ>ISR 103"},
	})
}
