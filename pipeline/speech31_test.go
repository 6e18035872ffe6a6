package pipeline_test

import "testing"

// speech31Cases runs sentences through the whole pipeline and compares all
// their events, "SRC>TGT CODE; …".
func speech31Cases(t *testing.T, tests []struct{ text, date, want string }) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := list(codeText(t, tt.text, tt.date)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestSpeechClosingReportAct: an accusation or warning set off by a comma
// at the end of a reported clause ("X said …, blaming Y") is the
// reporter's, though the parse hangs it inside the complement of "said"
// (coder/reporteract.go). An act of force there stays with the
// complement's subject, and so does a speech act closing a complement that
// tells another actor's talk.
func TestSpeechClosingReportAct(t *testing.T) {
	speech31Cases(t, []struct{ text, date, want string }{
		// The complement's subject names no actor: the accusation had none.
		{"Lebanon's army said two of its soldiers were wounded by gunfire at a checkpoint, blaming Israel.", "2024-06-11", "LBNMIL>ISR 112"},
		// The complement's subject is the speaker's state: the warning is
		// its government's, as the speaker is.
		{"Venezuela's foreign minister said on Monday Venezuela would never give up its claim, warning Guyana against any provocation.", "2024-06-11", "VENGOV>GUY 130"},
		// Force: the complement's subject acts.
		{"Syria's army said Israeli jets struck a depot near Homs, killing three soldiers.", "2024-06-11", "SYRMIL>ISR 010; ISR>SYR 195"},
		// Another actor's talk told: the closing appeal is that actor's.
		{"The Kremlin said Putin spoke with Erdogan by telephone on Monday, urging him to keep the straits open.", "2024-06-11", "RUSGOV>TURGOV 041; TURGOV>RUSGOV 041"},
	})
}

// TestSpeechDeniedAccusation: a claim closed by an apposed noun phrase
// naming its denier (", an allegation Moscow rejected as absurd") is the
// denier's denial (016) of the claimant, even when the verb of the phrase
// is one that criticises elsewhere (rejected as, dismissed as); and when
// the noun names the claim an accusation (accusation, allegation, charge),
// the claimant's statement is an accusation (112) of the denier. "A claim"
// names any statement, so the claimant's own report stays as it was; a
// verdict on an act ("a move Peru dismissed as reckless") is still a
// criticism.
func TestSpeechDeniedAccusation(t *testing.T) {
	speech31Cases(t, []struct{ text, date, want string }{
		{"Poland said on Monday the saboteurs had been recruited by Russia, an allegation Moscow rejected as absurd.", "2024-05-20", "POL>RUS 112; RUS>POL 016"},
		{"Kenya said Somalia had armed the raiders, an accusation Mogadishu denied.", "2024-05-20", "KEN>SOM 112; SOM>KEN 016"},
		{"Kenya said its troops had taken the town of Dhobley, a claim Somalia dismissed.", "2024-05-20", "SOM>KEN 016"},
		// A claim that accuses no one: the denial alone.
		{"Kenya said its troops had taken the town of Dhobley, a claim Somalia denied.", "2024-05-20", "SOM>KEN 016"},
		// A verdict on an act, not a claim denied: the criticism stands.
		// The act is a state's stated intent to send troops to another's
		// security mission, which the read sets' dev gold codes 0334 (fresh
		// f-178, fresh2 g-119, fresh5 m-210, fresh12 u-178, fresh13 v-112,
		// fresh19 ac-078, fresh31 ao-063, fresh42 az-110) and none codes
		// 0332, kept for weapons and money (fresh2 g-118, fresh8 q-003,
		// fresh13 v-104); the relabeller trained on the 42 read sets reads
		// it so (docs/notes/learn.md, round thirty-six).
		{"Kenya said it would send troops to Haiti, a move Peru dismissed as reckless.", "2024-05-20", "KEN>HTI 0334; PER>KEN 111"},
	})
}
