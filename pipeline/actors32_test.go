package pipeline_test

import "testing"

// TestRoundThirtyTwoBothSides: "the two sides" and "both parties" are the
// countries of the parties named before them, "the two leaders" keep the
// office holders' GOV (testdata/news/README.md, "Parties given only as 'the
// two sides' are the countries of the parties named before them"; coref's
// pairSides mode). A side that is no state organ keeps its own code. The
// sentences are written for the test; the first two fail without the mode
// (they coded IDNGOV and MYSGOV).
func TestRoundThirtyTwoBothSides(t *testing.T) {
	const talks = "Indonesian President Joko Widodo held talks with Malaysian Prime Minister Anwar Ibrahim in Jakarta on Monday, and "
	checkWantNot(t, []wantNot{
		{"the two sides are the countries", talks + "the two sides signed agreements on border trade.", "2023-06-26", "IDN>MYS 057", "IDNGOV>MYSGOV 057"},
		{"both sides, the other way", talks + "both sides signed agreements on border trade.", "2023-06-26", "MYS>IDN 057", "MYSGOV>IDNGOV 057"},
		{"guard: the two leaders keep GOV", talks + "the two leaders signed agreements on border trade.", "2023-06-26", "IDNGOV>MYSGOV 057", "IDN>MYS 057"},
		{"guard: an armed group stays itself", "Egypt's intelligence chief met Hamas leaders in Cairo on Sunday, and both sides agreed to resume talks on a truce.", "2023-06-26", "EGY>PSEREBHMS 036", "EGY>PSE 036"},
	})
}
