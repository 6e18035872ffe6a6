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
		// Another state's victims: a second event.
		{"Israeli jets bombed Syrian army positions on Monday, killing two Iranian advisers.", "ISR>SYRMIL 195; ISR>IRN 195"},
		// No attack coded before the participle: it stays.
		{"Chadian rebels attacked government troops near the border, wounding a Sudanese officer.", "TCDREB>SDNMIL 180"}, // stacked roles cut to the first (firstrole.go)
	}
	checkCodes(t, "2024-06-01", tests)
}
