package pipeline_test

import "testing"

// TestRoundThirtyTwoUntilQuote: an until-clause cut at a closing quotation
// mark (clauses32, coder/noevent.go untilQuoteSplit). Before a quoted pair
// of nouns the parser closes the clause at the quote, so the infinitive
// after it hung outside the until-clause and was coded as a deal reached
// or a war ended, though the clause names a condition not yet met. The
// sentences are written for the test: the first two fail without the
// rule; the guards keep a past until-clause (a reported event, as
// untilCondition has it) and a plain report of the same words coded.
func TestRoundThirtyTwoUntilQuote(t *testing.T) {
	checkWantNot(t, []wantNot{
		{"quoted condition, present", `Egypt has paused its mediation between Israel and Hamas until the two sides show "courage and sincerity" to reach a deal.`, "2024-05-02", "", "ISR>PSEREBHMS 030"},
		{"quoted condition after will", `Egypt said it will pause its mediation between Israel and Hamas until both sides show "courage and sincerity" to end the war.`, "2024-05-02", "", "ISR>PSEREBHMS 0871"},
		{"guard: no until", `Qatar said Israel and Hamas showed "willingness and seriousness" to reach a deal.`, "2024-05-02", "ISR>PSEREBHMS 030", ""},
		{"guard: past until-clause, reported", `Egypt paused its mediation between Israel and Hamas until the two sides showed "courage and sincerity" to reach a deal.`, "2024-05-02", "ISR>PSEREBHMS 030", ""},
	})
}
