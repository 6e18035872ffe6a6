package pipeline_test

import "testing"

// TestBugs32AspectualGerund: a gerund right after begin, start, continue,
// resume or keep was parsed as a noun's modifier ((NP (VBG sending) (NNS
// troops))), so "began sending troops to Kazakhstan" had no verb the coder
// could match, where "began to send troops" coded (verbs31, parse31's
// dropped form, chunk/vp.go). The gerund now heads its own verb phrase.
func TestBugs32AspectualGerund(t *testing.T) {
	checkRuleCodes(t, "2024-03-12", []struct{ text, want string }{
		{"Russia began sending troops to Kazakhstan on Thursday.", "RUS>KAZ 072"},
		// Must not change: the infinitive, and a gerund after another verb.
		{"Russia began to send troops to Kazakhstan.", "RUS>KAZ 072"},
		{"Israeli forces resumed shelling Gaza on Monday.", "ISRMIL>PSEGZA 194"},
		{"The talks began on Monday.", ""},
	})
}
