package pipeline_test

import "testing"

// TestStrikesAfterLightVerbs: bare "strikes" on an actor after a verb that
// already reads air strikes and assaults as attacks (ordered, resumed,
// stepped up, intensified, mounted, led) is 190, and after "continued" so
// are air strikes (195) and attacks (190) (pipeline/data/dyad.verbs.txt,
// round thirty-eight, ops44). Dev rows of the construction: aw-143 ("orders
// 'powerful' strikes on Gaza", ISRGOV > PSEGZA 190) and ba-012 ("continued
// air strikes on Cambodian positions", THAMIL > KHMMIL 195). A labour strike
// resumed "against" a reform is no attack, and a strike threatened, denied
// or promised is not one carried out. Run with the rule coder alone.
func TestStrikesAfterLightVerbs(t *testing.T) {
	checkRuleCodes(t, "2025-04-09", []struct{ text, want string }{
		{"Turkey ordered strikes on Kurdish militants in northern Iraq on Sunday.", "TUR>IRQREB 190"},
		{"Russia resumed strikes on Ukraine after a short lull.", "RUS>UKR 190"},
		{"Israel stepped up its strikes on Hezbollah on Wednesday.", "ISR>LBNREB 190"},
		{"Sudan's army continued air strikes on the Rapid Support Forces on Friday.", "SDNMIL>SDNREB 195"},
		{"Thai troops continued their attacks on Cambodia on Monday.", "THAMIL>KHM 190"},
		// Negatives: a labour strike, a threat, a denial, a promise.
		{"French rail unions resumed strikes against the pension reform on Tuesday.", ""},
		{"Israel threatened to step up strikes on Hezbollah.", "ISR>LBNREB 133"},
		{"Russia denied resuming strikes on Ukraine.", ""},
		{"Israel said it would continue air strikes on Hamas.", "ISR>PSEREBHMS 1384"},
	})
}
