package pipeline_test

import "testing"

// TestRoundNineteenVerbs codes, through the whole pipeline, sentences written
// for the round-nineteen verb rows, each beside a shape the rule must leave
// alone.
func TestRoundNineteenVerbs(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		// Inspectors arriving in a state: the host receives them (0862,
		// the host as source); the arrival is no investigation of the
		// host by the inspectors' body (the 090 half is gone). Inspectors
		// sent keep DESPATCH's rows.
		{"U.N. weapons inspectors arrived in Libya on Tuesday.", "LBY>IGOUNO 0862"},
		{"IAEA inspectors arrived in Syria on Sunday to visit two sites.", "SYR>IGOUNOIAE 0862"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := list(codeText(t, tt.text, "2024-06-01")); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
