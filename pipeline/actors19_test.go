package pipeline_test

import "testing"

// TestRoundNineteenActors: names of round nineteen (actors19), each a row of
// dict/data/dyad.actors.txt or dyad.agents.txt. The sentences are written for
// the test; each row but the guards fails without its entry.
func TestRoundNineteenActors(t *testing.T) {
	tests := []struct {
		name, text, date, want string
	}{
		// A state's treasury is its finance ministry (dyad.agents.txt).
		{"a state's treasury is its government", "The U.S. Treasury imposed sanctions on three Venezuelan officials on Monday.", "2024-03-04", "USAGOV>VENGOV 163"},
		{"Britain's treasury too", "Britain's Treasury criticised Russia on Monday.", "2024-03-04", "GBRGOV>RUS 111"},
		// "The General Assembly" is the U.N.'s (dyad.actors.txt).
		{"the General Assembly alone is the U.N.", "The General Assembly condemned Russia on Thursday.", "2024-03-07", "IGOUNO>RUS 111"},
		{"guard: another body's assembly keeps its body", "The OAS General Assembly condemned Nicaragua on Thursday.", "2024-03-07", "IGOOASLEG>NIC 111"},
		// Kurdish-led forces are the SDF (dyad.actors.txt).
		{"Kurdish-led forces are Syria's rebels", "Kurdish-led forces criticised Turkey on Monday.", "2019-10-07", "SYRREB>TUR 111"},
		// Armed groups and parties of African politics (dyad.actors.txt).
		{"Chad's FACT rebels are Chad's rebels", "The Front for Change and Concord in Chad criticised France on Monday.", "2021-04-26", "TCDREB>FRA 111"},
		// Heads of state of Africa and Latin America, with their terms (dyad.actors.txt).
		{"Colombia's president by his surname", "Washington imposed sanctions on Petro on Friday.", "2025-10-24", "USA>COLGOV 163"},
		{"Congo's president", "Tshisekedi criticised Rwanda on Sunday.", "2024-12-15", "CODGOV>RWA 111"},
		{"before his presidency, the opposition", "Tshisekedi criticised Rwanda on Sunday.", "2017-12-17", "CODOPP>RWA 111"},
		{"a junta leader is the government from the coup", "Ibrahim Traore criticised France on Sunday.", "2023-12-17", "BFAGOV>FRA 111"},
		{"the officer before the coup is the military", "Ibrahim Traore criticised France on Sunday.", "2022-06-12", "BFAMIL>FRA 111"},
		{"Niger's junta leader by his surname", "General Tiani criticised France on Sunday.", "2024-12-15", "NERGOV>FRA 111"},
		// Companies states' measures name (dyad.actors.txt). The test is of
		// the actor; the code is the relabeller's (the rule coder gives
		// BAN's 172), and since round thirty-one's particle fix let fresh16's
		// "ordered Huawei equipment to be stripped out of its 5G network"
		// code, the retrained model reads the ban as 163, the gold's
		// convention for that story.
		{"Huawei is China's business", "Britain banned Huawei from its 5G network on Tuesday.", "2020-07-14", "GBR>CHNBUS 163"},
		{"Gazprom is Russia's business", "Russia's Gazprom cut gas supplies to Ukraine on Thursday.", "2009-01-01", "RUSBUS>UKR 163"},
		// Clergy (dyad.agents.txt).
		{"a Catholic priest is clergy of the place he is in", "Gunmen kidnapped a Catholic priest in Nigeria on Sunday.", "2024-03-03", "NGAUAF>NGAREL 181"},
		{"guard: a bare priest too", "Gunmen kidnapped a priest in Nigeria on Sunday.", "2024-03-03", "NGAUAF>NGAREL 181"},
		{"Zimbabwe's Citizens Coalition for Change is the opposition", "The Citizens Coalition for Change criticised Zimbabwe on Monday.", "2023-08-28", "ZWEOPP>ZWE 111"},
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
