package pipeline_test

import "testing"

// TestOwnKilling: a state that announces it killed a named enemy abroad
// claims the act (015), as it claims a strike (coder/ownstrike.go); the
// same announcement of a domestic operation gets no 015.
func TestOwnKilling(t *testing.T) {
	checkRuleCodes(t, "2024-09-28", []struct{ text, want string }{
		{"Israel's military said on Saturday it had killed Hezbollah's top commander in an air strike in Beirut.", "ISRMIL>LBNREB 186; ISRMIL>LBNREB 015"},
		{"The Nigerian army said on Saturday it had killed Boko Haram's top commander near Bama.", "NGAMIL>NGAREB 186"},
	})
}
