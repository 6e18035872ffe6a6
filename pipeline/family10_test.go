package pipeline_test

import "testing"

// TestRoundTenFamily codes, through the whole pipeline, sentences written for
// the round-ten code and family rules (the "Round ten (family10)" sections of
// dict/data/dyad.errata.verbs.txt and coder/data/subcodes.txt), each beside a
// shape the rule must leave alone.
func TestRoundTenFamily(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		// A court's sentence of individuals is legal action (173, 116's usage
		// note), not an administrative sanction (172), whatever the sentence's
		// other words: supporters, martial law.
		{"A court in Cairo sentenced 40 opposition supporters to prison on Monday.", "EGYJUD>EGYOPP 173"},
		{"A Bangkok court sentenced two Thai police officers to death.", "THAJUD>THACOP 173"},
		{"The Thai government banned the main opposition party on Monday.", "THAGOV>THAOPP 1722"},
		// A detention is an arrest (173), also where the block's patterns
		// reach no target after the verb; crowds broken up stay 175.
		{"Egyptian authorities detained 400 people including 30 opposition politicians.", "EGYGOV>EGYOPP 173"},
		{"Chinese police detained two Canadian citizens on Monday.", "CHNCOP>CAN 173"},
	}
	checkCodes(t, "2024-06-01", tests)
}
