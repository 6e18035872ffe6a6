package pipeline_test

import "testing"

// TestFrontedAdjunctSubject: a subject between the comma that ends an
// opening phrase and a parenthetical is the clause's subject, neither an
// apposition of the phrase's last noun nor a comma stretch to drop.
func TestFrontedAdjunctSubject(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Amid stalled nuclear talks with the P5+1, a senior Chinese military delegation, headed by Gen. Wei Fenghe, landed in Iran for a visit in late April.", "CHNMIL>IRN 042"},
		{"In April, a Chinese military delegation, headed by Wei Fenghe, landed in Iran for a visit.", "CHNMIL>IRN 042"},
		{"In a statement on Monday, the Iranian foreign ministry, which oversees the talks, accused Israel of spying.", "IRNGOV>ISR 1125"},
		// An apposition inside the subject is still set aside.
		{"The Nigerian Union of Teachers (NUT), the umbrella union for primary school teachers, criticized Ghana.", "NGALAB>GHA 111"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			evs := codeText(t, tt.text, "2022-05-02")
			if has(evs, tt.want) == nil {
				t.Errorf("no %s in %s", tt.want, list(evs))
			}
		})
	}
}

// TestStatementOfOwnState: a statement whose reported clause is coded as an
// act of the speaker's own state adds nothing; a statement about another
// state's act stays.
func TestStatementOfOwnState(t *testing.T) {
	tests := []struct {
		text    string
		want    string
		notWant string
	}{
		{"Iranian military chief Mohammad Bagheri said Iran would expand military cooperation with China.", "IRN>CHN 0312", "IRNMIL>IRN 010"},
		{"The Iranian foreign ministry said Iran had arrested two British sailors.", "IRN>GBR 173", "IRNGOV>IRN 010"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			evs := codeText(t, tt.text, "2022-05-02")
			if has(evs, tt.want) == nil {
				t.Errorf("no %s in %s", tt.want, list(evs))
			}
			if has(evs, tt.notWant) != nil {
				t.Errorf("%s in %s", tt.notWant, list(evs))
			}
		})
	}
}

// TestQuotedVerb: a verb in scare quotes is still the clause's verb, and
// what follows the closing quote is its object.
func TestQuotedVerb(t *testing.T) {
	evs := codeText(t, `North Korea's army said it was "carefully examining" a plan to strike Guam.`, "2017-08-09")
	if e := has(evs, "PRKMIL>USAGUM 1384"); e == nil {
		t.Errorf("no PRKMIL>USAGUM 1384 in %s", list(evs))
	}
}
