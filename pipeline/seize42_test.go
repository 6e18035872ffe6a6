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
