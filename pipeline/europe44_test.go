package pipeline_test

import "testing"

// Round thirty-eight (europe44): knowledge rows for Europe's and the
// Caucasus's office holders, one test per declared group (declaration (v)),
// each with a sentence the rows code and a negative — a date out of office or
// a namesake.

// Group 1: António Costa as Portugal's prime minister before his European
// Council term, Charles Michel as Belgium's prime minister rather than
// Phoenix's open-ended development minister, and the Parliament's president.
func TestEurope44EUInstitutions(t *testing.T) {
	checkWantNot(t, []wantNot{
		{"Costa as prime minister", "Antonio Costa criticised Spain on Monday over the water agreement.", "2018-03-05", "PRTGOV>ESP 111", ""},
		{"Costa at the European Council", "Antonio Costa criticised Russia on Monday over the attacks.", "2025-03-03", "IGOEUREEC>RUS 111", "PRTGOV>RUS 111"},
		{"guard: Costa between the offices", "Antonio Costa criticised Spain on Monday over the water agreement.", "2024-07-01", "", "PRTGOV>ESP 111"},
		{"Michel as prime minister", "Charles Michel criticised France on Monday over the border checks.", "2016-05-02", "BELGOV>FRA 111", "BELGOVDEV>FRA 111"},
		{"Michel at the European Council", "Charles Michel criticised Russia on Monday over the attacks.", "2022-05-02", "IGOEUREEC>RUS 111", "BELGOVDEV>RUS 111"},
		{"guard: Michel after both offices", "Charles Michel criticised France on Monday over the border checks.", "2025-05-05", "", "BELGOVDEV>FRA 111"},
		{"Metsola by family name", "Metsola criticised Hungary on Monday over the media law.", "2023-03-06", "IGOEUREEC>HUN 111", ""},
	})
}
