package pipeline_test

import "testing"

// TestRoundElevenPatterns codes, through the whole pipeline, sentences written
// for the round-eleven pattern corrections (docs/notes/news.md, "Round
// eleven: ... (branch patterns11)"), each beside a shape the rule must leave
// alone.
func TestRoundElevenPatterns(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		// Parties that agree on what must or should be done express accord
		// (019, the codebook's example), no demand on the clause's subject;
		// a statement that an actor must act stays a demand.
		{"Russia and China agreed that the United States must end its sanctions.", "RUS>CHN 019; CHN>RUS 019"},
		{"Russia said that the United States must end its sanctions.", "RUS>USA 1054"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := list(codeText(t, tt.text, "2024-06-01")); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
