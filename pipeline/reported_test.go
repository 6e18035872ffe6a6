package pipeline_test

import "testing"

// TestReportedClauses codes, through the whole pipeline, what a reported
// clause gives: the act a neutral report names (Y>Z of "X said Y did Z"),
// beside whatever the reporting verb's pattern reads; nothing for the act a
// denial or a doubt names; and no act of the speaker's own.
func TestReportedClauses(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"Syria said Israel had attacked Lebanon.", "SYR>ISR 010; SYR>ISR 111; ISR>LBN 190"},
		{"Egyptian officials said Israeli troops had attacked Lebanon.", "EGYGOV>ISRMIL 010; EGYGOV>ISRMIL 111; ISRMIL>LBN 190"},
		{"Iran announced that Iraq had attacked Kuwait.", "IRN>IRQOCC 010; IRQOCC>KWT 190"},
		{"Iran denied that Iraq had attacked Kuwait.", "IRN>IRQOCC 016"},
		{"Iran dismissed claims that Israel had attacked Lebanon.", ""},
		{"Iran rejected reports that Iraq had attacked Kuwait.", "IRN>IRQOCC 016"},
		{"Iraq questioned whether Iran had shelled Kuwait.", "IRQOCC>IRN 020"},
		{"Iran welcomed reports that Iraq had released Kuwaiti prisoners.", "IRN>IRQOCC 051; IRQOCC>KWT 0841"},
	}
	checkCodes(t, "2005-06-01", tests)
}
