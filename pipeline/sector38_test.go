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

// TestSector38KillingCivilians: an accusation of killing civilians,
// protesters, villagers or other unarmed people is one of human rights
// abuses (1122), not of aggression (1123, which ACCUSE's "OF_KILLING" row
// gave): the news sets' harmonisation, "genocide, ethnic cleansing,
// massacres or killing civilians 1122" (testdata/news/README.md). Soldiers
// or a named person killed keep 1123, as the session sixteen harmonisation
// codes blame for a killing told as an attack.
func TestSector38KillingCivilians(t *testing.T) {
	checkRuleCodes(t, "2024-03-05", []struct{ text, want string }{
		{"Amnesty International accused Ugandan police of killing at least 20 protesters during the rallies.", "NGOHRIAMN>UGACOP 1122"},
		{"Human Rights Watch accused the Burmese army of killing hundreds of villagers in Rakhine.", "NGOHRI>MMRMIL 1122"},
		{"Kenya accused Somalia of killing civilians.", "KEN>SOM 1122"},
		// Soldiers killed, or one named person: aggression alleged.
		{"Chad accused Sudan of killing 12 of its soldiers.", "TCD>SDN 1123"},
		{"Iran accused Israel of killing its top nuclear scientist.", "IRN>ISR 1123"},
	})
}
