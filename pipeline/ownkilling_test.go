package pipeline_test

import "testing"

// TestOwnKilling: a state that announces it killed a named enemy abroad
// claims the act (015), as it claims a strike (coder/ownstrike.go); so
// does one that announces it killed an insurgent leader at home, since the
// news README's fourteenth harmonisation (session twenty-one; dev rows
// g-055 LKAMIL>LKAREB, h-177 COLMIL>COLREB, m-084 COLGOV>COLREB, ae-059
// PAKMIL>PAKREB, al-170 and an-172 NGAMIL>NGAREB, ao-080 MOZMIL>MOZREB,
// ao-119 PHLMIL>PHLREB, as-067 PAKMIL>PAKREB, as-116 SOMGOV>SOMREB, all
// 015 at low).
func TestOwnKilling(t *testing.T) {
	checkRuleCodes(t, "2024-09-28", []struct{ text, want string }{
		{"Israel's military said on Saturday it had killed Hezbollah's top commander in an air strike in Beirut.", "ISRMIL>LBNREB 186; ISRMIL>LBNREB 015"},
		{"The Nigerian army said on Saturday it had killed Boko Haram's top commander near Bama.", "NGAMIL>NGAREB 186; NGAMIL>NGAREB 015"},
	})
}
