package pipeline_test

import "testing"

// TestCounterpart: a counterpart named by its nationality holds the other
// side's role ("his Japanese counterpart" of a foreign minister is JPNGOV).
func TestCounterpart(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"The Chinese foreign minister met his Japanese counterpart.", "CHNGOV>JPNGOV 040"},
		{"The Chinese army chief met his Japanese counterpart.", "CHNMIL>JPNMIL 040"},
		{"His Japanese counterpart met the Chinese foreign minister.", "JPNGOV>CHNGOV 040"},
		{"Iran's foreign minister telephoned his Turkish counterpart.", "IRNGOV>TURGOV 041; TURGOV>IRNGOV 041"},
		// Named, the counterpart has its own code; no role, nothing to give.
		{"Russian President Vladimir Putin held talks with his Chinese counterpart Hu Jintao.", "RUSGOV>CHNGOV 046; CHNGOV>RUSGOV 046"},
		{"China met its Japanese counterpart.", "CHN>JPN 040"},
	}
	checkCodes(t, "2005-06-01", tests)
}
