package pipeline_test

import "testing"

// TestAnswerToNamedAct pins round thirty-six's promises to answer an act
// named as a noun with its author (branch respond41, coder/retaliate.go
// answeredNoun), with the learned component off. "Would respond in kind to
// the expulsions by Vienna" threatens Austria though no expulsion event
// precedes it: the author is the by-phrase's, the noun's possessor or its
// modifier. The code is the act's, as for an act coded before the promise:
// 138 for force, 1313 or 1312 in kind to expulsions or sanctions, else 130.
// With no author named, and with no act answered at all, no threat comes
// of the noun.
func TestAnswerToNamedAct(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"A Kremlin spokesman said on Monday that Moscow would respond in kind to the expulsions by Vienna and Prague.", "RUS>AUT 1313; RUS>CZE 1313"},
		{"Armenia vowed to avenge Azerbaijani strikes on its border villages.", "ARM>AZE 138"},
		{"Seoul would respond firmly to North Korea's artillery attack, the defence minister said on Tuesday.", "KOR>PRK 138"},
		{"Ottawa said on Friday it would respond in kind to the sanctions imposed by Moscow.", "CAN>RUS 1312"},
		// Negative: no author named, and no act before: nothing.
		{"Moscow said on Monday it would respond in kind to the expulsions.", ""},
		// Negative: questions are no act answered.
		{"The Greek foreign minister said he would respond to questions from Turkish reporters.", ""},
		// Negative: an invitation answered is no threat.
		{"Hungary responded to the invitation by Poland on Monday.", ""},
	}
	checkRuleCodes(t, "2025-03-10", tests)
}
