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
		// A president a legislature voted to remove gives up the office to
		// it (0831 from the removed, the sets' removal-without-trial
		// convention), not SELECT's 160 from the body; a group voted off a
		// terrorist list is a ban eased (0812); removing tariffs names no
		// one removed and stays uncoded.
		{"Paraguay's Senate voted on Friday to remove President Fernando Lugo from office.", "PRYGOV>PRYLEG 0831"},
		{"Colombia's Congress voted to remove the FARC from its list of terrorist organisations.", "COLLEG>COLREB 0812"},
		{"The council voted to remove tariffs on Chinese goods.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := list(codeText(t, tt.text, "2024-06-01")); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
