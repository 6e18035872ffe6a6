package pipeline_test

import "testing"

// TestRoundEighteenVerbs codes, through the whole pipeline, sentences written
// for the round-eighteen verb rows, each beside a shape the rule must leave
// alone.
func TestRoundEighteenVerbs(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		// An ambush is an armed assault: AMBUSH's block code 190, not
		// the 180 of its old convoy and "$ * +" rows; an attack on a
		// convoy was already 190.
		{"Suspected rebels ambushed an army convoy in eastern Congo on Monday.", "CODREB>CODMIL 190"},
		{"Taliban fighters ambushed Afghan police officers in Helmand on Sunday.", "AFGREB>AFGCOP 190"},
		{"Rebels attacked an army convoy in eastern Congo on Monday.", "CODREB>CODMIL 190"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := list(codeText(t, tt.text, "2024-06-01")); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
