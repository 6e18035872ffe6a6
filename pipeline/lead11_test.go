package pipeline_test

import "testing"

// TestSessionElevenLead codes, through the whole pipeline, sentences
// written for the rows the lead kept in session eleven, each beside a shape
// the row must leave alone.
func TestSessionElevenLead(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		// A security partnership announced by its members is their
		// pledge of military cooperation with each other (0312 every
		// pair); announced by one state alone it names no partner.
		{"Australia, Britain and the United States announced a new security partnership on Wednesday.",
			"AUS>GBR 0312; GBR>AUS 0312; AUS>USA 0312; USA>AUS 0312; GBR>USA 0312; USA>GBR 0312"},
		{"Japan announced a security partnership on Monday.", ""},
	}
	checkCodes(t, "2021-09-15", tests)
}
