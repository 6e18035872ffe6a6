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

// TestInvestigLawsuits: cases and proceedings brought or instituted against
// a state, and a suit filed at a court "accusing" a state, are 115 against
// that state, not an enactment (060), nothing, or a suit against the court.
func TestInvestigLawsuits(t *testing.T) {
	investig29Cases(t, []struct{ text, date, want string }{
		{"Nicaragua brought a case against Germany at the International Court of Justice.", "2024-03-01", "NIC>DEU 115"},
		{"Ukraine instituted proceedings against Russia at the World Court.", "2022-02-27", "UKR>RUS 115"},
		{"The Gambia filed a lawsuit at the International Court of Justice on Monday accusing Myanmar of genocide.", "2019-11-11", "GMB>MMR 115"},
		// Brought, but no legal action: BRING's other readings.
		{"Nicaragua brought humanitarian aid to Honduras.", "2024-03-01", "NIC>HND 073"},
	})
}

// TestInvestigQuestionObject: an investigation "into how / whether" a
// clause happened reaches the clause's actor now that the parser keeps the
// question inside the verb phrase (chunk's ppIn).
func TestInvestigQuestionObject(t *testing.T) {
	investig29Cases(t, []struct{ text, date, want string }{
		{"Japan's Defence Ministry opened an investigation into whether a Chinese military drone had entered Japanese airspace.", "2023-10-19", "JPNGOV>CHNMIL 093"},
		// No actor in the question: nothing to investigate.
		{"Japan's Defence Ministry opened an investigation into whether the drone had crashed.", "2023-10-19", ""},
	})
}
