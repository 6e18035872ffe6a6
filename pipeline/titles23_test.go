package pipeline_test

import "testing"

// TestRoundTwentyThreeTitles: titles of round twenty-three (titles23). The
// sentences are written for the test; each row but the guards fails without
// its rule.
func TestRoundTwentyThreeTitles(t *testing.T) {
	tests := []struct {
		name, text, date, want string
	}{
		// Delegations and negotiators are their states' GOV, as diplomats
		// (the news README, session eight: x-183, x-244; ab-006).
		{"coordinated delegations", "Chilean and Peruvian delegations held talks in Lima on Friday.", "2023-05-05", "CHLGOV>PERGOV 046"},
		{"coordinated delegations, the other way", "Chilean and Peruvian delegations held talks in Lima on Friday.", "2023-05-05", "PERGOV>CHLGOV 046"},
		{"negotiators", "Brazilian negotiators accused Argentina of stalling on Monday.", "2023-05-01", "BRAGOV>ARG 112"},
		// A defence attache is a diplomat (GOV); the Justice Department is
		// its state's GOV, as a ministry (aa-064, m-079, aa-091).
		{"an attache", "Canada expelled Iran's defence attache on Monday.", "2023-05-01", "CAN>IRNGOV 161"},
		{"the Justice Department", "The Canadian Justice Department charged six Iranian hackers on Monday.", "2023-05-01", "CANGOV>IRN 112"},
		{"guard: a delegation was already GOV", "A Brazilian delegation criticised Argentina on Monday.", "2023-05-01", "BRAGOV>ARG 111"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := codeText(t, tt.text, tt.date)
			if has(evs, tt.want) == nil {
				t.Errorf("%q: want %s, got %s", tt.text, tt.want, list(evs))
			}
		})
	}
}
