package pipeline_test

import "testing"

// TestVerdict41ByAgent: CALL naming its object ("the ministry called the
// search by U.S. officials 'a flagrant violation'") is a verdict on the
// act's author named in a by-phrase the parser hangs on the verb, not a
// telephone call both ways (coder/callednamed.go, byAgentEnd; news.md,
// round thirty-six, verdict41). Sentences written for the test; rule coder
// alone.
func TestVerdict41ByAgent(t *testing.T) {
	checkRuleCodes(t, "2024-03-01", []struct{ text, want string }{
		{"Russia's foreign ministry called the closure of its consulate by Poland \"a gross provocation\".", "RUSGOV>POL 111"},
		{"Japan's government called the seizure of the fishing boat by Chinese coast guard ships \"unacceptable\".", "JPNGOV>CHNMIL 111"},
		{"The European Union called the release of the prisoners by Belarus a positive step.", "IGOEUREEC>BLR 051"},
		// Negatives: a by-phrase naming no actor is the manner of a
		// call; "called for" is an appeal; a call on a day is a call;
		// an act whose author is not in the sentence gives nothing.
		{"Biden called Xi by telephone a day after the summit.", "USAGOV>CHNGOV 041; CHNGOV>USAGOV 041"},
		{"France called for talks between Russia and Ukraine.", "FRA>RUS 026; FRA>UKR 026"},
		{"Scholz called Zelensky on Tuesday.", "DEUGOV>UKRGOV 041; UKRGOV>DEUGOV 041"},
		{"The ministry called the strikes \"a war crime\".", ""},
	})
}
