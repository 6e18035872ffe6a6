package pipeline_test

import "testing"

// TestRoundTwentyEightCeasefire codes, through the whole pipeline, a
// ceasefire or truce agreed to by its parties. The news sets' adjudicated
// gold codes every one of them 0871 (its usage note: "agreements to
// commence a cease-fire ... are still coded here"), whether it starts now
// or later; the coder gives 0871 by its own AGREE rows, so the learned
// relabeller has no 0356 to weigh. Readiness, a truce in a trade war and
// talks about a ceasefire are other acts.
func TestRoundTwentyEightCeasefire(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"Mali and Niger agreed to a truce along their border.", "MLI>NER 0871; NER>MLI 0871"},
		{"Serbia and Kosovo agreed to an immediate ceasefire on Friday.", "SRB>KSV 0871; KSV>SRB 0871"},
		{"Ecuador and Peru agreed to extend their ceasefire by two months.", "ECU>PER 0871; PER>ECU 0871"},
		// A truce in a trade war is eased tariffs promised, 0354.
		{"Japan and Canada agreed to a trade truce.", "JPN>CAN 0354; CAN>JPN 0354"},
		// Talks about a ceasefire agreed are an intent to negotiate: the
		// ceasefire rows want "a ceasefire" right after TO.
		{"Serbia and Kosovo agreed to hold talks on a ceasefire.", "SRB>KSV 036; KSV>SRB 036"},
	}
	checkCodes(t, "2024-06-01", tests)
}
