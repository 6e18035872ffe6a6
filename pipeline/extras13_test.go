package pipeline_test

import "testing"

// TestRoundThirteenExtras codes, through the whole pipeline, sentences
// written for the round-thirteen precision rule (coder/sameattack.go): a
// closing force participle whose victim is the attacked state itself or its
// civilians restates the clause's attack; one naming another state's victims,
// or an organ, is an act of its own.
func TestRoundThirteenExtras(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"Russian forces fired rockets at Ukraine overnight, killing three Ukrainian civilians.", "RUSMIL>UKR 194"},
		{"Sudanese rebels fired mortars at Chad on Friday, wounding Chadian civilians.", "SDNREB>TCD 193"},
		{"Houthi rebels fired missiles at Saudi Arabia on Sunday, killing four civilians.", "YEMREB>SAU 194"},
		// Another state's victims: a second event. The jets' strike is
		// the state's military (ISRMIL), as the read sets' dev gold codes
		// a state's jets, warplanes or drones striking in 27 rows of 17
		// sets (w-133, h-175, q-041, t-125, t-222, v-002, v-023, v-178, x-163,
		// y-052, y-143, y-212, ac-039, ad-085, ag-052, ag-071, ag-135,
		// ah-124, aj-144, ao-105, as-087, au-005, ay-147, ay-185, bc-093;
		// bare only aq-047) and the README's convention 3 ("warplanes …
		// MIL"): the role relabeller's (docs/notes/learn.md, round
		// thirty-seven), under rule 4 (d).
		{"Israeli jets bombed Syrian army positions on Monday, killing two Iranian advisers.", "ISRMIL>SYRMIL 195; ISR>IRN 195"},
		// No attack coded before the participle: it stays.
		{"Chadian rebels attacked government troops near the border, wounding a Sudanese officer.", "TCDREB>SDNMIL 180"}, // stacked roles cut to the first (firstrole.go)
	}
	checkCodes(t, "2024-06-01", tests)
}
