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
