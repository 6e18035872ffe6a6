package pipeline_test

import "testing"

// Round thirty-eight (europe44): knowledge rows for Europe's and the
// Caucasus's office holders, one test per declared group (declaration (v)),
// each with a sentence the rows code and a negative — a date out of office or
// a namesake.

// Group 1: António Costa as Portugal's prime minister before his European
// Council term, Charles Michel a former leader after his offices rather than
// Phoenix's open-ended development minister (which the output shows as
// BELGOV, its three-letter role), and the Parliament's president.
func TestEurope44EUInstitutions(t *testing.T) {
	checkWantNot(t, []wantNot{
		{"Costa as prime minister", "Antonio Costa criticised Spain on Monday over the water agreement.", "2018-03-05", "PRTGOV>ESP 111", ""},
		{"Costa at the European Council", "Antonio Costa criticised Russia on Monday over the attacks.", "2025-03-03", "IGOEUREEC>RUS 111", "PRTGOV>RUS 111"},
		{"guard: Costa between the offices", "Antonio Costa criticised Spain on Monday over the water agreement.", "2024-07-01", "", "PRTGOV>ESP 111"},
		{"Michel as prime minister", "Charles Michel criticised France on Monday over the border checks.", "2016-05-02", "BELGOV>FRA 111", ""},
		{"Michel at the European Council", "Charles Michel criticised Russia on Monday over the attacks.", "2022-05-02", "IGOEUREEC>RUS 111", "BELGOV>RUS 111"},
		{"guard: Michel after both offices (Phoenix's open development ministry, shown as BELGOV)", "Charles Michel criticised France on Monday over the border checks.", "2025-05-05", "BELELI>FRA 111", "BELGOV>FRA 111"},
		{"Metsola by family name", "Metsola criticised Hungary on Monday over the media law.", "2023-03-06", "IGOEUREEC>HUN 111", ""},
	})
}

// Group 3: the Caucasus — Georgia's prime minister and president by family
// name, a former prime minister's terms, Azerbaijan's and Armenia's foreign
// ministers.
func TestEurope44Caucasus(t *testing.T) {
	checkWantNot(t, []wantNot{
		{"Kobakhidze by family name", "Kobakhidze accused the European Union on Monday of backing the protests.", "2024-12-02", "GEOGOV>IGOEUREEC 112", ""},
		{"guard: Kobakhidze before his premiership", "Kobakhidze accused the European Union on Monday of backing the protests.", "2022-12-05", "", "GEOGOV>IGOEUREEC 112"},
		{"Zourabichvili by family name", "Zourabichvili criticised Russia on Monday over the occupation.", "2021-06-07", "GEOGOV>RUS 111", ""},
		{"Garibashvili in office", "Garibashvili criticised Russia on Monday over the occupation.", "2022-06-06", "GEOGOV>RUS 111", ""},
		{"guard: Garibashvili between his terms", "Garibashvili criticised Russia on Monday over the occupation.", "2017-06-05", "", "GEOGOV>RUS 111"},
		{"Bayramov", "Jeyhun Bayramov criticised France on Monday over the arms sales.", "2024-03-04", "AZEGOV>FRA 111", ""},
		{"Mirzoyan as foreign minister", "Ararat Mirzoyan criticised Azerbaijan on Monday over the blockade.", "2023-03-06", "ARMGOV>AZE 111", ""},
		{"guard: Mirzoyan as speaker", "Ararat Mirzoyan criticised Azerbaijan on Monday over the blockade.", "2020-03-02", "", "ARMGOV>AZE 111"},
	})
}

// Group 4: Nordic and Baltic leaders with their terms, with a date out of
// office as the guard.
func TestEurope44NordicBaltic(t *testing.T) {
	checkWantNot(t, []wantNot{
		{"Kristersson by family name", "Kristersson criticised Hungary on Monday over the delay.", "2023-06-05", "SWEGOV>HUN 111", ""},
		{"guard: Kristersson in opposition", "Kristersson criticised Hungary on Monday over the delay.", "2020-06-01", "", "SWEGOV>HUN 111"},
		{"Stubb as president", "Stubb criticised Russia on Monday over the airspace violation.", "2025-06-02", "FINGOV>RUS 111", ""},
		{"guard: Stubb between his offices", "Stubb criticised Russia on Monday over the airspace violation.", "2020-06-01", "", "FINGOV>RUS 111"},
		{"Niinisto as president", "Niinisto criticised Russia on Monday over the border.", "2023-11-20", "FINGOV>RUS 111", ""},
		{"Nauseda", "Nauseda criticised Belarus on Monday over the migrants.", "2021-08-02", "LTUGOV>BLR 111", ""},
		{"Kallas as Estonia's prime minister", "Kaja Kallas criticised Russia on Monday over the border.", "2022-06-06", "ESTGOV>RUS 111", ""},
		{"Kallas as High Representative", "Kaja Kallas criticised Russia on Monday over the strikes.", "2025-06-02", "IGOEUREEC>RUS 111", "ESTGOV>RUS 111"},
		{"guard: Marin after her term", "Sanna Marin criticised Russia on Monday over the war.", "2024-06-03", "", "FINGOV>RUS 111"},
	})
}

// Group 5: the Balkans and Greece, with a date out of office as the guard.
func TestEurope44Balkans(t *testing.T) {
	checkWantNot(t, []wantNot{
		{"Vucevic as prime minister", "Vucevic criticised Croatia on Monday over the expulsions.", "2024-11-04", "SRBGOV>HRV 111", ""},
		{"guard: Vucevic after his resignation", "Vucevic criticised Croatia on Monday over the expulsions.", "2025-09-01", "", "SRBGOV>HRV 111"},
		{"Plenkovic by family name", "Plenkovic criticised Serbia on Monday over the remarks.", "2023-03-06", "HRVGOV>SRB 111", ""},
		{"Osmani as president", "Vjosa Osmani criticised Serbia on Monday over the attack.", "2023-10-02", "KSVGOV>SRB 111", ""},
		{"Mickoski as prime minister", "Hristijan Mickoski criticised Bulgaria on Monday over the veto.", "2025-03-03", "MKDGOV>BGR 111", ""},
		{"guard: Mickoski in opposition", "Hristijan Mickoski criticised Bulgaria on Monday over the veto.", "2022-03-07", "", "MKDGOV>BGR 111"},
		{"Tsipras by family name", "Tsipras criticised Germany on Monday over the austerity demands.", "2015-06-01", "GRCGOV>DEU 111", ""},
		{"guard: Tsipras out of office", "Tsipras criticised Germany on Monday over the austerity demands.", "2021-06-07", "", "GRCGOV>DEU 111"},
	})
}
