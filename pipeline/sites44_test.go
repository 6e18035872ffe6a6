package pipeline_test

import "testing"

// TestStruckMilitarySites: a military site struck is its owner's MIL (the
// fifteenth harmonisation, testdata/news/README.md, "Cross-set harmonisation
// (session twenty-two)"; coder/sites.go, round thirty-eight, sites44). The
// owner is the demonym or possessive on the site ("Georgian positions"), the
// place it lies in ("an airfield in Belarus") or the troops a base houses
// ("bases housing British troops"). Dev rows of the constructions: t-222,
// y-143, bd-050 (military sites in Iran), q-020 (an airfield in Russia's Kursk
// region), t-146 (Shayrat air base in Syria), f-235, y-025 (Armenian
// positions), am-153, ay-147 (Pakistani border posts), q-017, ai-060, al-021,
// au-027 (Iraqi bases housing U.S. troops). Negatives: a civilian site keeps
// the place; targets or sites not called military ("targets in Yemen",
// "nuclear sites") are places, as every set codes them; a site whose owner is
// named keeps that owner. Run with the rule coder alone.
func TestStruckMilitarySites(t *testing.T) {
	checkRuleCodes(t, "2024-08-14", []struct{ text, want string }{
		{"Turkish jets bombed military sites in Armenia overnight.", "TUR>ARMMIL 195"},
		{"Russian troops shelled Georgian positions near the boundary line.", "RUSMIL>GEOMIL 194"},
		{"Ukrainian drones hit an airfield in Belarus on Friday.", "UKR>BLRMIL 195"},
		{"Azerbaijani troops attacked Armenian border posts before dawn.", "AZEMIL>ARMMIL 190"},
		{"Israeli jets struck an arms depot in Syria on Sunday.", "ISR>SYRMIL 195"},
		{"Iran fired rockets at three Syrian bases housing British troops.", "IRN>GBRMIL 194"},
		// Negatives: a civilian site, targets and sites not called
		// military, a mixed kind, an owner named on a foreign base.
		{"Russian forces shelled a market in Kharkiv on Monday.", "RUSMIL>UKR 190"},
		{"Israel struck targets in Lebanon on Monday.", "ISR>LBN 190"},
		{"India struck four sites in Pakistan.", "IND>PAK 190"},
		{"The United States bombed two Iranian nuclear sites.", "USA>IRN 190"},
		{"Iran fired missiles at the American air base in Bahrain.", "IRN>USAMIL 194"},
	})
}
