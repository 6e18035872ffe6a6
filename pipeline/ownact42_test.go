package pipeline_test

import "testing"

// TestOwnact42FaultNoun codes, with the rule coder alone, a statement that
// names another's act a fault with a noun — a mistake, a breach, an
// insult — after a copula or "made" (coder/verdict.go, saysFault) as the
// speaker's criticism (111), as the adjectives of criticalWords already
// were. The first four rows give SAY's bare 010 without saysFault. A fault
// the speaker owns ("said it had made a mistake"), an impersonal "it was a
// mistake to", a negated link, a noun that names no fault and a pure
// statement keep what they had.
func TestOwnact42FaultNoun(t *testing.T) {
	checkRuleCodes(t, "2021-03-01", []struct{ text, want string }{
		{"China said the U.S. decision was a mistake.", "CHN>USA 111"},
		{"France said Iran had made a big mistake.", "FRA>IRN 111"},
		{"Britain said China's new law was a \"clear and serious breach\" of the 1984 declaration.", "GBR>CHN 111"},
		{"Russia said the U.S. sanctions were an insult to the Russian people.", "RUS>USA 111"},
		{"Japan said it had made a mistake in the talks.", ""},
		{"China said it was a mistake to wait.", ""},
		{"China said the U.S. decision was not a mistake.", "CHN>USA 010"},
		{"China said the U.S. decision was a step toward peace.", "CHN>USA 010"},
		{"Germany said Russia had made an offer to Ukraine.", "DEU>RUS 010; RUS>UKR 030"},
	})
}

// TestOwnact42PenaltyHaveTo codes, with the rule coder alone, a penalty
// foretold with "have to" between the modal and its verb, and the
// punishment foretold by "will not go unpunished" (coder/penalty.go), as
// the speaker's threat: 130 for a price to pay, 138 for punishment of what
// the subject did. The first two rows give SAY's bare 010 without the
// change. A debt to pay and an act said to go unpunished (no "not") stay
// statements.
func TestOwnact42PenaltyHaveTo(t *testing.T) {
	checkRuleCodes(t, "2024-01-15", []struct{ text, want string }{
		{"The Houthis said the United States \"will have to pay a heavy price.\"", "YEMREB>USA 130"},
		{"Iran said the American strikes will not go unpunished.", "IRN>USA 138"},
		{"Iran said Israel would have to pay for the damage.", "IRN>ISR 010"},
		{"Iran said Israel would go unpunished.", "IRN>ISR 010"},
	})
}
