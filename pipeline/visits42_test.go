package pipeline_test

import "testing"

// TestParadeFuneralVisits: presence at a parade or a funeral in another
// state is the guest's visit to that state (042), and the host's hosting
// (043) where a leader of the place's state is named (coder/parade.go). The
// verbs that tell the presence — stood beside, joined, attended — code no
// visit of their own.
func TestParadeFuneralVisits(t *testing.T) {
	checkRuleCodes(t, "2024-05-06", []struct{ text, want string }{
		{"Lula stood beside Macron at a military parade in Paris on Monday.", "BRAGOV>FRA 042; FRAGOV>BRAGOV 043"},
		// "at" as the sentence's first word (presenceBefore reads leaf 0).
		{"At a military parade in Paris on Monday, Lula stood beside Macron.", "BRAGOV>FRA 042; FRAGOV>BRAGOV 043"},
		{"The Qatari emir attended the funeral of Kenya's former president in Nairobi on Wednesday.", "QATGOV>KENELI 017; QATGOV>KEN 042"},
		// Negatives: a parade at home is no visit; with no place named,
		// who hosted is not said; a parade with no one at it names no guest.
		{"Lula watched a military parade in Brasilia on Monday.", ""},
		{"Lula stood beside Macron at a military parade on Monday.", ""},
		{"China held a military parade in Beijing on Thursday.", ""},
	})
}
