package pipeline_test

import "testing"

// TestTalksClauseAfterComma pins dropCommaClauses' keeping of a closing
// clause that names the talks an act followed (coder/nountalks.go,
// talksStretch): ", after six hours of talks" is read as the one without
// the comma is, the 046 pair between the act's two sides. A clause with a
// verb of its own names talks that failed or were called off and is still
// dropped, and talks of an earlier day give nothing.
func TestTalksClauseAfterComma(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"Vladimir Putin and Tayyip Erdogan agreed on Thursday to a ceasefire in Idlib, after six hours of talks at the Kremlin.", "RUSGOV>TURGOV 0871; TURGOV>RUSGOV 0871; RUSGOV>TURGOV 046; TURGOV>RUSGOV 046"},
		{"Kenya and Somalia agreed on Monday to reopen their border, following talks in Nairobi.", "KEN>SOM 036; SOM>KEN 036; KEN>SOM 046; SOM>KEN 046"},
		// Talks that collapsed, were called off, or were held last week.
		{"Gazprom cut gas supplies to Ukraine on Thursday, after talks on prices collapsed.", "RUSBUS>UKR 163"},
		{"Israeli jets struck Gaza on Tuesday, after talks in Cairo were called off.", "ISR>PSEGZA 195"},
		{"India and Pakistan agreed on Monday to reopen the border crossing, after talks last week.", "IND>PAK 030; PAK>IND 030"},
	}
	checkRuleCodes(t, "2025-01-01", tests)
}
