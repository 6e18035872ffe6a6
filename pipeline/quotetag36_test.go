package pipeline_test

import "testing"

// TestQuotetag36QuotedClause: a quotation that opens the sentence or a
// clause after a colon or a dateline's dash, or a capitalised one after a
// comma, "that" or a verb, is coded as the same clause without the marks
// is. The tagger read its first words with the mark as
// context ("attacked" an adjective, "troops" a verb) and the chunker made
// the quotation a noun phrase or a fragment, so the act was lost. The
// sentences are written for the test; the first six coded nothing before.
// The guards are quotations inside a clause (a term, scare quotes, a quote
// that ends the sentence), which keep the mark as context and must not
// move.
func TestQuotetag36QuotedClause(t *testing.T) {
	checkRuleCodes(t, "2024-06-07", []struct{ text, want string }{
		{`"Pakistani troops attacked Indian soldiers," the Indian army said.`, "PAKMIL>INDMIL 190"},
		{"\u201cPakistani troops attacked Indian soldiers,\u201d the Indian army said.", "PAKMIL>INDMIL 190"},
		{`NEW DELHI (Reuters) - "Pakistani troops attacked Indian soldiers," the Indian army said on Monday.`, "PAKMIL>INDMIL 190"},
		{`The Indian army said: "Pakistani troops attacked Indian soldiers."`, "PAKMIL>INDMIL 190"},
		{`The Indian army said "Pakistani troops attacked Indian soldiers."`, "INDMIL>PAKMIL 010; PAKMIL>INDMIL 190"},
		{`The Indian army said that "Pakistani troops attacked Indian soldiers."`, "INDMIL>PAKMIL 010; PAKMIL>INDMIL 190"},
		// The same clause bare, and a quotation whose first word the
		// tagger already read right.
		{"Pakistani troops attacked Indian soldiers, the Indian army said.", "PAKMIL>INDMIL 190"},
		{`"Russian troops attacked Ukrainian soldiers," the Ukrainian army said.`, "RUSMIL>UKRMIL 190"},
		// Guards: quotations inside a clause.
		{`Russian troops attacked Ukrainian soldiers in what Moscow calls a "special operation".`, "RUSMIL>UKRMIL 190"},
		{`Pakistani troops attacked Indian soldiers, the army said, calling the raid "unprovoked".`, "PAKMIL>INDMIL 190"},
	})
}
