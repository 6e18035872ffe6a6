package pipeline_test

import "testing"

// TestSector38TariffEase: tariffs cut, lifted or paused are economic
// sanctions eased, so an intent to do it is 0354 (an appeal 0254, a refusal
// 1244), not the economic cooperation (0311) tariffs alone give: the news
// sets' harmonisation ("tariffs announced to be lifted from a later day are
// 0354", "an agreed suspension of retaliatory tariffs is 0354 for each
// side", testdata/news/README.md). Tariffs imposed or raised, and trade
// cooperation without tariffs, keep their codes. The rule coder alone.
func TestSector38TariffEase(t *testing.T) {
	checkRuleCodes(t, "2024-03-05", []struct{ text, want string }{
		{"Canada and Mexico agreed on Monday to slash reciprocal tariffs for six months.", "CAN>MEX 0354; MEX>CAN 0354"},
		{"Brazil agreed to lift its tariffs on Argentine wheat from next month.", "BRA>ARG 0354"},
		{"Canada agreed to a pause in the 25 percent tariffs on U.S. goods.", "CAN>USA 0354"},
		{"Japan urged South Korea to cut tariffs on its cars.", "JPN>KOR 0254"},
		// Raised, not eased: the tariffs keep TARIFFS' codes.
		{"The European Union agreed to raise tariffs on Chinese electric cars.", "IGOEUREEC>CHN 0311"},
		// No tariff: cutting red tape is no sanction eased.
		{"France and Italy agreed to cut red tape for exporters.", "FRA>ITA 030; ITA>FRA 030"},
	})
}
