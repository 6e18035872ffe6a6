package pipeline_test

import "testing"

// TestRoundTwentySixNounMeet codes, through the whole pipeline, sentences
// written for round twenty-six's visit nouns beside the act: a visit with
// its visitor in a by-phrase is the visitor's 042 to the host, the visit
// dated to an earlier day adds nothing.
func TestRoundTwentySixNounMeet(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"Japan and India signed a civil nuclear pact on Friday during a visit by Prime Minister Narendra Modi to Tokyo.", "JPN>IND 057; IND>JPN 057; INDGOV>JPN 042"},
		{"Japan and India signed a civil nuclear pact on Friday after a visit by Prime Minister Narendra Modi to Tokyo last year.", "JPN>IND 057; IND>JPN 057"},
	}
	checkCodes(t, "2025-01-01", tests)
}
