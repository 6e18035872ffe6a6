package pipeline_test

import "testing"

// TestDismiss44ClaimAuthor: a claim, report, finding or concerns dismissed
// whose author the object names right before the noun is a denial (016) to
// that author (coder/dismissedclaim.go; news.md, round thirty-eight,
// dismiss44). Sentences written for the test; rule coder alone.
func TestDismiss44ClaimAuthor(t *testing.T) {
	checkRuleCodes(t, "2024-03-01", []struct{ text, want string }{
		{"Moscow dismissed the EU's concerns as baseless on Monday.", "RUS>IGOEUREEC 016"},
		{"Beijing dismissed Washington's claims as groundless.", "CHN>USA 016"},
		{"Hanoi dismissed as baseless a Chinese newspaper report that its navy had fired on fishermen.", "VNM>CHNMED 016"},
		// Negatives: a report whose author is not named codes nothing
		// (the README leaves dismissals of unnamed critics uncoded); the
		// actor of the report's own clause is not its author; a minister
		// dismissed is a removal, not a denial.
		{"The Kremlin dismissed the report as propaganda.", ""},
		{"The army dismissed as false reports that rebels had captured the town of Goma.", ""},
		{"The Kremlin on Tuesday dismissed the findings as biased.", ""},
		{"The president dismissed the defence minister on Friday.", ""},
	})
}

// TestDismiss44OwnDenial: a denial (016) whose target is the denier's own
// bare state — the state the denied words name — is dropped
// (coder/owndenial.go); a denial to another state or to a party of the same
// country stays. Sentences written for the test; rule coder alone.
func TestDismiss44OwnDenial(t *testing.T) {
	checkRuleCodes(t, "2024-03-01", []struct{ text, want string }{
		{"Serbian President Aleksandar Vucic denied that Belgrade had played any role in the attack.", ""},
		// Negatives: the accuser is another state, or a party at home.
		{"Poland's foreign minister dismissed the accusations by Belarus as absurd.", "POLGOV>BLR 016"},
		{"Venezuela's government rejected the opposition's accusations as baseless.", "VENGOV>VENOPP 016"},
	})
}
