package pipeline_test

import "testing"

// TestRoundTwentyTwoRoles: agent roles of round twenty-two (roles22), the
// right countries with the role the text gives them. The sentences are
// written for the test; each row but the guards fails without its rule.
func TestRoundTwentyTwoRoles(t *testing.T) {
	tests := []struct {
		name, text, date, want string
	}{
		// A title head before an "of" phrase naming several countries gives
		// its sector to each (coder/title.go, titleOfEach), as "the leader of
		// Armenia" is ARMGOV.
		{"leaders of two countries, first", "The leaders of Armenia and Azerbaijan signed a peace declaration on Friday.", "2023-05-05", "ARMGOV>AZEGOV 057"},
		{"leaders of two countries, second", "The leaders of Armenia and Azerbaijan signed a peace declaration on Friday.", "2023-05-05", "AZEGOV>ARMGOV 057"},
		{"leaders of a list of countries", "The leaders of Peru, Chile and Bolivia criticised Ecuador on Monday.", "2023-05-08", "BOLGOV>ECU 111"},
		{"guard: one country keeps its title", "The leader of Armenia criticised Azerbaijan on Friday.", "2023-05-05", "ARMGOV>AZE 111"},
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
