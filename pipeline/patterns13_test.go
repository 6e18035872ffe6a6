package pipeline_test

import "testing"

// TestRoundThirteenPatterns codes, through the whole pipeline, sentences
// written for the round-thirteen pattern corrections (the "round thirteen"
// sections of dict/data/dyad.errata.verbs.txt and pipeline/data/dyad.verbs.txt),
// each beside a shape the rule must leave alone.
func TestRoundThirteenPatterns(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		// An appeal to join protests against a party rallies opposition
		// to it (113); an appeal to end protests stays 0252.
		{"Kenya's opposition leader on Sunday called on his supporters to join protests against the Kenyan government.", "KENOPP>KENGOV 113"},
		{"Kenya's opposition leader urged his supporters to join demonstrations against the Kenyan government.", "KENOPP>KENGOV 113"},
		{"Kenya's opposition leader urged the government to end the protests.", "KENOPP>KENGOV 0252"},
		// Facing charges is no meeting (040).
		{"A former Pakistani prime minister has faced charges from the Pakistani government.", ""},
		// Retaliation with duties is a sanction (163), not a fight (190);
		// a hit with artillery stays force.
		{"Canada hit back on Tuesday with duties on American steel.", "CAN>USA 163"},
		{"India hit Pakistan with new duties on imported cement.", "IND>PAK 163"},
		{"Russian forces hit Ukrainian positions with artillery.", "RUSMIL>UKR 194"},
		// "sent ... fleeing" is no dispatch of forces; troops sent to a
		// country stay military aid.
		{"Mali sent soldiers and police fleeing.", ""},
		{"France sent troops to Mali on Friday.", "FRA>MLI 072; MLI>FRA 086"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := list(codeText(t, tt.text, "2024-06-01")); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
