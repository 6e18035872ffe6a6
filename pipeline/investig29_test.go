package pipeline_test

import "testing"

// investig29Cases runs sentences through the whole pipeline and compares
// all their events, "SRC>TGT CODE; …".
func investig29Cases(t *testing.T, tests []struct{ text, date, want string }) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := list(codeText(t, tt.text, tt.date)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestInvestigExtraditedTo: a person extradited TO a state is judicial
// cooperation (063) with that state, not with the person; the overlay's
// "--- +EXTRADITE ---" now reaches the block the errata re-declared.
func TestInvestigExtraditedTo(t *testing.T) {
	investig29Cases(t, []struct{ text, date, want string }{
		{"Peru extradited a former Shining Path rebel leader to Spain on Monday.", "2022-06-06", "PER>ESP 063"},
		{"Brazil extradited a former army general to Argentina on Tuesday to stand trial.", "2022-06-06", "BRA>ARG 063"},
		// No state it went to: the person stays the target.
		{"Peru extradited a former Shining Path rebel leader on Monday.", "2022-06-06", "PER>PERREB 063"},
	})
}

// TestInvestigFactFinding: a fact-finding mission or a commission of
// inquiry set up or established is an investigation (090, refined by the
// sub-code table: abuses 092), not a mediation (START's "* MISSION [045]")
// or an enactment (ENACT's 060). A mission sent somewhere is left alone.
func TestInvestigFactFinding(t *testing.T) {
	investig29Cases(t, []struct{ text, date, want string }{
		{"The U.N. Human Rights Council voted on Tuesday to set up a fact-finding mission into abuses in Myanmar.", "2019-03-05", "IGOUNO>MMR 092"},
		{"The U.N. Human Rights Council voted on Tuesday to establish a commission of inquiry into abuses in Myanmar.", "2019-03-05", "IGOUNO>MMR 092"},
		// Sent, not set up: SEND's own reading.
		{"The African Union sent a peace mission to Sudan on Tuesday.", "2019-03-05", "IGOAFRAFU>SDN 036"},
	})
}

// TestInvestigCaseAgainst: a criminal case, proceedings or legal action
// opened, launched or begun AGAINST an actor is 115 Bring lawsuit against;
// a case opened against nobody named is no event.
func TestInvestigCaseAgainst(t *testing.T) {
	investig29Cases(t, []struct{ text, date, want string }{
		{"Turkish prosecutors opened a criminal case against the mayor of Istanbul on Friday.", "2023-03-03", "TURJUD>TURGOV 115"},
		{"Kenya's parliament began impeachment proceedings against the deputy president on Tuesday.", "2023-03-03", "KENLEG>KENGOV 115"},
		// Nobody the case is against.
		{"Turkish prosecutors opened a criminal case on Friday.", "2023-03-03", ""},
	})
}
