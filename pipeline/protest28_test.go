package pipeline_test

import "testing"

// TestProtestGrievance codes, through the whole pipeline, a protest whose
// sentence names the grievance — jobs, corruption, fares, a price rise,
// pension cuts — with the policy sub-code of its kind of dissent (the
// GRIEVANCE subject of coder/data/subcodes.txt: 1412 demonstrations, 1432
// strikes, 1452 riots). Beside them, shapes it must leave alone: a protest
// with no demand stays 141, and the same words outside a protest (jobs
// promised) are no policy demand.
func TestProtestGrievance(t *testing.T) {
	tests := []struct {
		text string
		date string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"Thousands of Tunisian protesters rallied in Tunis on Saturday demanding jobs and an end to corruption.", "2021-01-16", "TUNOPP>TUNGOV 1412"},
		{"Chilean protesters rioted in Santiago on Friday over a rise in metro fares.", "2019-10-18", "CHLOPP>CHLGOV 1452"},
		// No grievance named: the bare kind of dissent.
		{"Thousands of Tunisian protesters marched in Tunis on Saturday against President Kais Saied.", "2021-01-16", "TUNOPP>TUNGOV 141"},
		// The words outside a protest ask for no policy.
		{"Tunisian President Kais Saied promised Tunisian workers new jobs on Saturday.", "2021-01-16", "TUNGOV>TUNLAB 030"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := list(codeText(t, tt.text, tt.date)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
