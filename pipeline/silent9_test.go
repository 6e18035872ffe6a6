package pipeline_test

import "testing"

// TestRoundNineSilent codes, through the whole pipeline, sentences written
// for the round-nine (silent9) rules, each beside a shape the rule must
// leave alone.
func TestRoundNineSilent(t *testing.T) {
	tests := []struct {
		text, date string
		want       string // all events, "SRC>TGT CODE; …"
	}{
		// "ousted" before a title keeps the person in the noun phrase
		// (tag/ousted.go) and makes the title a former one (coder/former.go).
		{"Chile granted asylum to ousted Syrian President Bashar al-Assad.", "2024-12-20", "CHL>SYRELI 075"},
		{"Chile granted asylum to Syrian President Bashar al-Assad.", "2023-02-01", "CHL>SYRGOV 075"},
		// Tariffs raised, increased, hiked or doubled on an actor are
		// imposed (163); lifted they are not.
		{"Canada raised tariffs on Mexican steel.", "2023-02-01", "CAN>MEX 163"},
		{"Canada increased tariffs on Mexico.", "2023-02-01", "CAN>MEX 163"},
		{"Canada hiked tariffs on Mexican cars.", "2023-02-01", "CAN>MEX 163"},
		{"Canada doubled duties on Mexican steel.", "2023-02-01", "CAN>MEX 163"},
		{"Canada increased aid to Mexico.", "2023-02-01", "CAN>MEX 070"},
		// Tariffs announced are imposed; tariffs said to hurt are not.
		{"Canada announced new tariffs on Mexico.", "2023-02-01", "CAN>MEX 163"},
		{"Canada announced duties on Mexican steel.", "2023-02-01", "CAN>MEX 163"},
		{"Canada said tariffs on Mexico were unfair.", "2023-02-01", "CAN>MEX 010"},
		// Sanctions expanded or unveiled, retaliation with tariffs, are
		// sanctions imposed; cooperation expanded is not.
		{"Canada expanded sanctions against Mexico.", "2023-02-01", "CAN>MEX 163"},
		{"Canada unveiled new tariffs on Mexican steel.", "2023-02-01", "CAN>MEX 163"},
		{"Canada retaliated with tariffs on Mexican steel.", "2023-02-01", "CAN>MEX 163"},
		{"Canada expanded cooperation with Mexico.", "2023-02-01", "CAN>MEX 050"},
		// Sanctions renewed are imposed again; funds disbursed are aid.
		{"The EU renewed its sanctions against Belarus.", "2023-02-01", "IGOEUREEC>BLR 163"},
		{"The EU disbursed 1 billion euros to Moldova.", "2023-02-01", "IGOEUREEC>MDA 071"},
		// Representations lodged are an official complaint.
		{"Canada lodged solemn representations with Mexico.", "2023-02-01", "CAN>MEX 114"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := list(codeText(t, tt.text, tt.date)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
