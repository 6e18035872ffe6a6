package pipeline_test

import "testing"

// TestDeals38DealReached: a deal, agreement or accord reported reached,
// struck or concluded, signed or not, is the 057 pair between its parties
// (testdata/news/README.md, "Cross-set harmonisation (session nineteen)";
// coder/dealreached.go). Dev rows: fresh5 m-026, fresh25 ai-172, fresh27
// ak-203, fresh32 ap-064, fresh36 at-160, fresh40 ax-173. Negatives: a deal
// only sought (an infinitive after "willingness", a demand, a modal),
// rejected or proposed; "no agreement"; the sets' own readings of a truce
// reached (the 0871 pair's ground), an IMF staff-level agreement (0331) and
// talks on a deal suspended (164). Sentences written for the test; rule
// coder alone.
func TestDeals38DealReached(t *testing.T) {
	checkRuleCodes(t, "2024-03-04", []struct{ text, want string }{
		{"Chile and Peru reached a deal on Monday on fishing rights.", "CHL>PER 057; PER>CHL 057"},
		{"Brazil struck a trade deal with Argentina on Friday.", "BRA>ARG 057; ARG>BRA 057"},
		{"Canada and the European Union concluded negotiations on Friday on an investment agreement.",
			"CAN>IGOEUREEC 057; IGOEUREEC>CAN 057"},
		// Negatives: no deal made.
		{"Chile and Peru showed willingness to reach a deal on fishing rights.", "CHL>PER 0343; PER>CHL 0343"},
		{"Spain urged Chile and Peru to reach a deal.", "ESP>CHL 020; ESP>PER 020"},
		{"Chile and Peru could reach a deal next week.", "CHL>PER 030; PER>CHL 030"},
		{"Chile rejected a fishing deal with Peru.", "CHL>PER 120"},
		{"Chile proposed a fishing deal to Peru.", "CHL>PER 020"},
		{"Chile and Peru reached no agreement on fishing rights.", "CHL>PER 037; PER>CHL 037"},
		// Negatives: the sets' more specific readings are not recoded.
		{"Armenia and Azerbaijan reached a ceasefire agreement on Sunday.", "ARM>AZE 037; AZE>ARM 037"},
		{"Ghana and the International Monetary Fund reached a staff-level agreement on a loan.",
			"GHA>IGOBUSIMF 037; IGOBUSIMF>GHA 037"},
		{"Canada and Mexico suspended negotiations on a trade agreement.", "CAN>MEX 164; MEX>CAN 164"},
		// A strike is no deal.
		{"Israeli jets struck a Hamas compound in Gaza on Monday.", "ISR>PSEREBHMS 195"},
	})
}
