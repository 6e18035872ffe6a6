package pipeline_test

import "testing"

// TestRoundTwentySixEconomic codes, through the whole pipeline, sentences
// written for round twenty-six's economic-statecraft rows
// (pipeline/data/dyad.verbs.txt, "Round twenty-six"), each beside a shape
// the rows must leave alone.
func TestRoundTwentySixEconomic(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		// A border closed with, or to, another state is a sanction (163),
		// not the domestic administrative sanction 172.
		{"Kenya closed its border with Somalia on Tuesday.", "KEN>SOM 163"},
		{"Poland closed all border crossings with Belarus after the incident.", "POL>BLR 163"},
		{"Finland closed its land border with Russia on Friday.", "FIN>RUS 163"},
	}
	checkCodes(t, "2024-01-01", tests)
}
