package pipeline_test

import "testing"

// TestRoundTwentyTwoPrecision codes, through the whole pipeline, sentences
// written for round twenty-two's rule (coder/verdict.go, saysAtrocity): a
// statement that names the act it speaks of ethnic cleansing, genocide, a
// war crime or a crime against humanity accuses its author of human rights
// abuses (1122), beside the shapes it must leave a plain statement (a
// negated name, no name, a name no linking verb calls the act). The
// singular "a crime against humanity" row fails without the CRIME case of
// saysAtrocity, the "after the genocide" row without its linking verb.
func TestRoundTwentyTwoPrecision(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"Canada said on Tuesday that the Myanmar army's campaign in Rakhine amounted to ethnic cleansing.", "CAN>MMRMIL 1122"},
		{"Canada said on Tuesday that the Myanmar army's campaign in Rakhine was a war crime.", "CAN>MMRMIL 1122"},
		{"Canada said on Tuesday that the Myanmar army's operation in Rakhine was a crime against humanity.", "CAN>MMRMIL 1122"},
		{"Canada said on Tuesday that the Myanmar army's operation in Rakhine amounted to crimes against humanity.", "CAN>MMRMIL 1122"},
		{"Canada said on Tuesday that the Myanmar army's campaign in Rakhine was not genocide.", "CAN>MMRMIL 010"},
		{"Canada said on Tuesday that the Myanmar army's campaign in Rakhine had ended.", "CAN>MMRMIL 010"},
		// A name no linking verb calls the act is no accusation.
		{"Rwanda said on Tuesday that France had helped it rebuild after the genocide.", "RWA>FRA 010"},
	}
	checkCodes(t, "2020-06-01", tests)
}
