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
