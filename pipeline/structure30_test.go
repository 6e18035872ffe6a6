package pipeline_test

import "testing"

// TestRoundThirtyStructure: constructions of round thirty (structure30).
// The sentences are written for the test; each want row fails without its
// rule, and a guard's notWant is what the rule must not make.
func TestRoundThirtyStructure(t *testing.T) {
	checkWantNot(t, []wantNot{
		// A comma-set "hours / minutes after" clause with a subject of its
		// own is an act of the story day, kept from the comma options
		// (coder/relday.go sameDayClause).
		{"hours after, closing the sentence", "Indian troops shelled a border post on Monday, hours after Pakistani soldiers attacked an Indian patrol.", "2024-05-13", "PAKMIL>IND 190", ""},
		{"just hours after", "Indian troops shelled a border post on Monday, just hours after Pakistani soldiers attacked an Indian patrol.", "2024-05-13", "PAKMIL>IND 190", ""},
		{"minutes after, between commas", "The foreign ministry summoned the Chinese ambassador on Tuesday, minutes after the Chinese coast guard seized a Philippine fishing boat, officials said.", "2024-05-14", "CHNMIL>PHL 1711", ""},
		// Guards: a day or more before the story is background the sets
		// do not code.
		{"guard: a day after", "Indian troops shelled a border post on Monday, a day after Pakistani soldiers attacked an Indian patrol.", "2024-05-13", "", "PAKMIL>IND 190"},
		{"guard: days after", "Manila summoned the Chinese ambassador on Tuesday, days after the Chinese coast guard seized a Philippine fishing boat.", "2024-05-14", "", "CHNMIL>PHL 1711"},
	})
}
