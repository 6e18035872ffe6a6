package pipeline_test

import "testing"

// TestArmedMenEnterCity: a non-state force's fighters, or "forces" of either
// side, that entered a city or a state occupy it (192), from the fighters to
// the state that held the place (testdata/news/README.md: taking a capital is
// 192 against the state where no force ousted is named). The 2015 file's
// ENTER row read only a state's soldiers (&MILITARY); dyad.verbs.txt, round
// thirty-seven (seize42). Dev rows of the construction: v-057, ac-093,
// au-136, aw-044, bc-025 (entered Kabul, Damascus, the capital). Run with
// the rule coder alone.
func TestArmedMenEnterCity(t *testing.T) {
	checkRuleCodes(t, "2021-08-15", []struct{ text, want string }{
		{"Taliban fighters entered Kandahar on Friday.", "AFGREB>AFG 192"},
		{"M23 rebels entered Goma on Sunday.", "CODREB>COD 192"},
		{"Russian forces entered the Ukrainian city of Kherson on Wednesday.", "RUSMIL>UKR 192"},
		// Negatives: a leader entering a city (no force), a threatened entry,
		// talks entered into.
		{"The Afghan president entered Kandahar on Friday.", ""},
		{"Taliban fighters threatened to enter Kandahar.", "AFGREB>AFG 130"},
		{"Rebel fighters entered talks with the government of Sudan on Monday.", ""},
	})
}

// TestTownTakenFrom: a town, city or village captured, seized, overrun or
// retaken "from" a side is 192 against that side (the README: recapturing
// territory is 192 against the forces ousted), whether or not the
// dictionaries know the town; RETAKE joins RECAPTURE (dyad.verbs.txt, round
// thirty-seven, form B). Dev rows: ao-061, cameo-192. Run with the rule coder
// alone.
func TestTownTakenFrom(t *testing.T) {
	checkRuleCodes(t, "2024-03-10", []struct{ text, want string }{
		{"Somali troops retook the town of Bulo Burde from al-Shabaab on Monday.", "SOMMIL>SOMREB 192"},
		{"Al-Shabaab fighters captured the village of Bulo Burde from Somali troops.", "SOMREB>SOMMIL 192"},
		{"Rebels overran the town of Bulo Burde from Somali troops on Friday.", "SOMREB>SOMMIL 192"},
		// Negatives: goods seized from a side stay an arrest/seizure, a
		// threatened retaking is a threat.
		{"Somali police seized weapons from al-Shabaab fighters.", "SOMCOP>SOMREB 173"},
		{"The Somali army threatened to retake the town of Bulo Burde from al-Shabaab.", "SOMMIL>SOMREB 130"},
	})
}
