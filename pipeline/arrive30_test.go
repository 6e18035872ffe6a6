package pipeline_test

import (
	"strings"
	"testing"
)

// visitCodes lists the 042 and 043 events the rule coder gives text, so a
// test can pin the visit alone while the sentence's other events move with
// other rounds' rules.
func visitCodes(t *testing.T, text string) string {
	t.Helper()
	var s []string
	for _, e := range codeWith(t, ruleCoder(t), text, "2024-06-07") {
		if d := dyadOf(e); strings.HasSuffix(d, " 042") || strings.HasSuffix(d, " 043") {
			s = append(s, d)
		}
	}
	return strings.Join(s, "; ")
}

// TestRoundThirtyPromptIsNoTrip: PROMPT's verbs (remind, trigger, spark,
// motivate) lost the TRIP pattern "- * TO + [042:043]" (dyad.errata.verbs.txt),
// so a "to" after them is no visit; travel verbs still make one.
func TestRoundThirtyPromptIsNoTrip(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Canada reminded Iran that the sanctions extend to its shipping companies.", ""},
		{"Britain triggered a review to restore the export ban on Russia.", ""},
		{"The ruling sparked calls to cut aid to Ethiopia.", ""},
		// Must still fire: a leader who flew to a capital visits it.
		{"Indian Prime Minister Narendra Modi flew to Moscow on Monday.", "INDGOV>RUS 042"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := visitCodes(t, tt.text); got != tt.want {
				t.Errorf("visit events %q, want %q", got, tt.want)
			}
		})
	}
}

// TestRoundThirtyHelpArrives: a rescue team arriving in a country is 073 and
// military instructors arriving are 072 (pipeline/data/dyad.verbs.txt,
// +ARRIVE), not a visit; a delegation arriving stays the visit.
func TestRoundThirtyHelpArrives(t *testing.T) {
	checkRuleCodes(t, "2024-06-07", []struct{ text, want string }{
		{"A Japanese rescue team arrived in Morocco on Sunday.", "JPN>MAR 073"},
		{"Chinese military instructors arrived in Mali on Monday.", "CHNMIL>MLI 072"},
		// Must not change: a trade delegation's arrival is the visit.
		{"A Chinese trade delegation arrived in Mali on Monday.", "CHNGOV>MLI 042"},
	})
}
