package pipeline_test

import "testing"

// TestRoundTwentyNineCoref: references of round twenty-nine (coref29). The
// sentences are written for the test; each row but the guards fails without
// its rule.
func TestRoundTwentyNineCoref(t *testing.T) {
	checkWantNot(t, []wantNot{
		// "The kingdom", "the island", "the country" as the subject of a
		// reported clause is the speaker's country, coded bare
		// (coder/refs_stateword.go).
		{"the kingdom: the speaker's country", "Jordan's foreign minister said on Monday the kingdom had expelled the Israeli ambassador.", "2024-01-02", "JOR>ISRGOV 161", ""},
		// Relations the island "would restore" are the intent (032: future
		// 05 032 in coder/data/subcodes.txt; fresh28 al-009's gold for the
		// same story's "ready to restore"); the test is about who the island is.
		{"the island: the teller's country, not the hearer", "Cuban President Miguel Diaz-Canel told Mexico on Friday that the island would restore diplomatic relations with the United States.", "2024-01-02", "CUB>USA 032", ""},
		// Guard: a body of no country leaves "the country" unresolved; the
		// clause is not given to the United Nations as its own act.
		{"guard: an organisation's country", "The United Nations said the country had expelled two Swedish diplomats.", "2024-01-02", "IGOUNO>SWEGOV 010", "IGOUNO>SWEGOV 161"},
	})
}
