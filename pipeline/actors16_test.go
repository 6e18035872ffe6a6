package pipeline_test

import "testing"

// TestRoundSixteenActors: names of round sixteen (actors16), each a row of
// dict/data/dyad.actors.txt, dyad.agents.txt or dyad.errata.actors.txt. The
// sentences are written for the test; each row fails without its entry.
func TestRoundSixteenActors(t *testing.T) {
	tests := []struct {
		name, text, date, want string
	}{
		// The Taliban in power (dyad.actors.txt, "round sixteen: the Taliban in power").
		{"the Taliban's administration after August 2021 is Afghanistan's government", "Afghanistan's Taliban administration criticised Iran on Tuesday.", "2023-05-16", "AFGGOV>IRN 111"},
		{"the Taliban-led government after August 2021", "The Taliban-led government criticised Iran on Tuesday.", "2022-05-17", "AFGGOV>IRN 111"},
		{"the bare movement stays the insurgency", "The Taliban criticised Iran on Tuesday.", "2023-05-16", "AFGREB>IRN 111"},
		// Nagorno-Karabakh's Armenian separatists (dyad.actors.txt).
		{"Karabakh's ethnic Armenian forces are Azerbaijan's rebels", "Azerbaijan criticised the ethnic Armenian forces on Monday.", "2023-07-10", "AZE>AZEREB 111"},
		{"Armenian separatists are Azerbaijan's rebels", "Armenian separatists criticised Azerbaijan on Monday.", "2022-07-11", "AZEREB>AZE 111"},
		{"Armenia's own forces stay Armenia's military", "Armenian forces criticised Azerbaijan on Monday.", "2022-07-11", "ARMMIL>AZE 111"},
		// Governing and opposition parties by name (dyad.actors.txt).
		{"South Africa's ruling party is its government, not Africa's legislature", "The African National Congress criticised Israel on Monday.", "2021-03-15", "ZAFGOV>ISR 111"},
		{"Georgia's ruling party", "Georgian Dream criticised Armenia on Monday.", "2024-03-18", "GEOGOV>ARM 111"},
		{"a party out of power is the opposition", "The Awami League criticised India on Monday.", "2025-03-17", "BGDOPP>IND 111"},
		{"the same party in power", "The Awami League criticised India on Monday.", "2019-03-18", "BGDGOV>IND 111"},
		// U.N. agencies by their descriptions (dyad.actors.txt).
		{"the U.N. refugee agency is UNHCR", "The U.N. refugee agency criticised Hungary on Monday.", "2016-03-14", "IGOUNOREFHCR>HUN 111"},
		{"the U.N. atomic agency is the IAEA", "The U.N. atomic agency criticised Iran on Monday.", "2016-03-14", "IGOUNOIAE>IRN 111"},
		// Roles in conflict and transition news (dyad.agents.txt, "round sixteen: roles").
		{"a ruling military council is the government", "Chad's ruling military council criticised France on Monday.", "2021-05-03", "TCDGOV>FRA 111"},
		{"a transitional military council is the government", "Sudan's Transitional Military Council criticised Qatar on Monday.", "2019-05-06", "SDNGOV>QAT 111"},
		{"a protest movement is the opposition", "Sudan's protest movement criticised the army on Monday.", "2019-05-06", "SDNOPP>SDNMIL 111"},
		{"a state's citizen is the state, not its civilians", "Russia arrested a French citizen on Monday.", "2023-05-08", "RUS>FRA 173"},
		{"jihadists are the country's insurgents", "Jihadists attacked an army post in northern Mali on Sunday.", "2022-03-06", "MLIREB>MLIMIL 190"},
		{"Islamist militants are insurgents, without the faith", "Islamist militants attacked an army post in Niger on Sunday.", "2022-03-06", "NERREB>NERMIL 190"},
		{"a military court is the military, not the judiciary", "A military court in Egypt criticised Israel on Monday.", "2019-05-06", "EGYMIL>ISR 111"},
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
