package pipeline_test

import "testing"

// TestRoundTwentyEightRoles: agent roles of round twenty-eight (roles28).
// The sentences are written for the test; each row but the guards fails
// without its rule, and a guard's notWant is what the rule must not make.
func TestRoundTwentyEightRoles(t *testing.T) {
	checkWantNot(t, []wantNot{
		// A state deploying or alerting its own forces at home targets its
		// country, not the forces (coder/ownforces.go, ownForcesHome); a
		// state named alone acts through its government.
		{"own army deployed at home", "Kenya deployed the army across Nairobi on Friday after days of rioting.", "2023-07-14", "KENGOV>KEN 154", "KEN>KENMIL 154"},
		{"own troops deployed at home", "Peru deployed troops across the capital on Saturday.", "2023-02-04", "PERGOV>PER 154", "PER>PERMIL 154"},
		{"guard: troops massed near another state", "Russia deployed troops near the border with Ukraine on Monday.", "2022-01-10", "RUS>UKR 154", "RUSGOV>RUS 154"},
		{"guard: troops sent abroad stay aid", "Russia sent troops to Syria on Monday.", "2015-09-28", "RUS>SYR 072", "RUSGOV>RUS 154"},
		// "Their" + a role after two states named together is each state's
		// body (coder/refs_each.go, possessiveOfEach); talks "between
		// their" bodies take them (nountalks.go).
		{"their militaries after a pair", "Greece and Turkey said on Monday that their militaries had agreed to a ceasefire.", "2023-03-06", "GRCMIL>TURMIL 0871", "GRC>TUR 0871"},
		{"talks between their ministers", "Chile and Peru signed a fishing pact on Friday after talks between their foreign ministers in Lima.", "2023-03-10", "CHLGOV>PERGOV 046", "CHL>PER 046"},
		{"guard: three states keep their pronoun unread", "Chile, Peru and Bolivia said on Monday that their militaries had agreed to a ceasefire.", "2023-03-06", "", "CHLMIL>PERMIL 0871"},
		// Banks named by their plural are business (dyad.agents.txt
		// BANKS ~BUS); "banks of" a river or lake are land (coder/actors.go
		// shoreOf).
		{"a state's banks sanctioned", "Britain imposed sanctions on Iranian banks on Tuesday.", "2023-03-07", "GBR>IRNBUS 163", "GBR>IRN 163"},
		{"guard: the banks of a river", "Greek and Turkish troops began pulling back from the eastern banks of the river on Thursday.", "2023-03-09", "GRCMIL>TURMIL 0874", ""},
	})
}

// wantNot is a sentence with an event it must give (want, "" for none
// required) and one it must not (notWant, "" for none): a rule's row
// beside the guard that shows where the rule stops.
type wantNot struct{ name, text, date, want, notWant string }

// checkWantNot codes each sentence through the whole pipeline and checks
// its want and notWant events.
func checkWantNot(t *testing.T, tests []wantNot) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := codeText(t, tt.text, tt.date)
			if tt.want != "" && has(evs, tt.want) == nil {
				t.Errorf("%q: want %s, got %s", tt.text, tt.want, list(evs))
			}
			if tt.notWant != "" && has(evs, tt.notWant) != nil {
				t.Errorf("%q: do not want %s, got %s", tt.text, tt.notWant, list(evs))
			}
		})
	}
}
