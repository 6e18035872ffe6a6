package pipeline_test

import "testing"

// TestPrompt31Prompted: in "…, prompting X to V …" X does the act of the
// infinitive (object control), and the clause is an act of its own, not an
// aside the comma options drop. An object that names no actor leaves the
// infinitive uncoded. The form is missed31's, applied unchanged in round
// thirty-one (prompt31); the rule coder alone, since the relabeller may
// move a code.
func TestPrompt31Prompted(t *testing.T) {
	checkRuleCodes(t, "2024-03-04", []struct{ text, want string }{
		{"Peruvian police stormed the Chilean embassy in Lima on Friday, prompting Chile to break off diplomatic relations with Peru.", "PERCOP>CHLGOV 190; CHL>PER 161"},
		// No actor prompted: no second event.
		{"Peruvian police stormed the Chilean embassy in Lima on Friday, prompting thousands to break off their holidays.", "PERCOP>CHLGOV 190"},
	})
}
