package pipeline_test

import "testing"

// TestCodes31Consultations: consultations between states are talks (the
// NEGOTIATE subject of coder/data/subcodes.txt), so agreeing to hold or open
// them is an intent to negotiate (036), as agreeing to hold talks is, and
// holding them is negotiation (046). An ambassador recalled "for
// consultations" stays the recall (161), and an agreement to cooperate with
// no talks named stays 030. The rule coder alone: the relabeller may move a
// code either way.
func TestCodes31Consultations(t *testing.T) {
	checkRuleCodes(t, "2024-03-05", []struct{ text, want string }{
		{"Spain and Portugal agreed to hold consultations on the drought.", "ESP>PRT 036; PRT>ESP 036"},
		{"Spain and Portugal agreed to open in-depth consultations.", "ESP>PRT 036; PRT>ESP 036"},
		{"Spain held consultations with Portugal on the drought.", "ESP>PRT 046"},
		// Not talks: a recall, an agreement to cooperate.
		{"Peru recalled its ambassador to Mexico for consultations.", "PER>MEX 161"},
		{"Spain and Portugal agreed to expand cooperation.", "ESP>PRT 030; PRT>ESP 030"},
	})
}

// TestCodes31DiplomaticIntent: diplomatic cooperation promised for later
// (05 in the future tense: "would recognise", "will restore relations") is
// the intent to cooperate diplomatically (032), as a meeting promised is
// 036; recognition done stays 054.
func TestCodes31DiplomaticIntent(t *testing.T) {
	checkRuleCodes(t, "2024-03-05", []struct{ text, want string }{
		{"Belgium will recognise a Palestinian state, its prime minister said.", "BEL>PSE 032"},
		{"Chile said it would restore diplomatic relations with Peru.", "CHL>PER 032"},
		// Done, not promised: 054.
		{"Belgium recognised a Palestinian state on Monday.", "BEL>PSE 054"},
	})
}
