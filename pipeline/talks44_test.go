package pipeline_test

import "testing"

// TestHostTalksBetween pins HOST's rows for "talks between A and B" (round
// thirty-eight, branch talks44), with the learned component off. A state
// that is ready to host talks between two other parties expresses an
// intent to mediate (039) toward each of them, not an intent to meet them
// (036, HOST's own [043:042] read after "ready to"); talks it hosted keep
// the 045 HOST already gave them. A host with no named pair, or a
// "between" that names hours, is left alone.
func TestHostTalksBetween(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"Norway said on Monday it was ready to host talks between Colombia and the ELN rebels.", "NOR>COL 039; NOR>COLREB 039"},
		{"Qatar will host negotiations between the United States and the Taliban next week.", "QAT>USA 039; QAT>AFGREB 039"},
		{"Egypt hosted talks between Israel and Hamas in Cairo on Sunday.", "EGY>ISR 045; EGY>PSEREBHMS 045"},
		// No pair named, or hours named: no mediation.
		{"Kenya said it was ready to host talks between 2 and 4 p.m. on Friday.", ""},
		{"Japan hosted Indian Prime Minister Narendra Modi for talks on Monday.", "JPN>INDGOV 046; INDGOV>JPN 046"},
	}
	checkRuleCodes(t, "2024-06-01", tests)
}

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
