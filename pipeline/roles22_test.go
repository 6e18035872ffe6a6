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
		// A state's security service or spy agency is SPY, the SBU by name
		// (actor/title.go); a service the dictionaries name keeps its entry.
		{"a state's security service", "Georgia's security service detained a Russian citizen on Monday.", "2023-05-08", "GEOSPY>RUS 173"},
		{"the SBU by its acronym", "The SBU detained a Russian agent in Odesa on Monday.", "2023-05-08", "UKRSPY>RUS 173"},
		{"guard: the FSB keeps its entry", "Russia's Federal Security Service detained a French citizen on Monday.", "2023-05-08", "RUSCOP>FRA 173"},
		// Paratroopers are the military (dyad.agents.txt).
		{"paratroopers", "French paratroopers arrived in Chad on Monday.", "2023-05-08", "FRAMIL>TCD 042"},
		// People named by no role word are their country (coder/actors.go
		// composeCode drops Phoenix's PPL after a country).
		{"men of a nationality", "Thailand deported three Malaysian men on Tuesday.", "2023-05-09", "THA>MYS 174"},
		{"the people of a country", "The U.N. chief apologised to the people of Chile on Thursday.", "2023-05-11", "IGOUNO>CHL 055"},
		{"guard: civilians keep their role", "Thai soldiers shot dead two Malaysian civilians on Tuesday.", "2023-05-09", "THAMIL>MYSCVL 193"},
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
