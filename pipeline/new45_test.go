package pipeline_test

import "testing"

// TestGunfightSmallArms: a gunfight, gun battle, firefight or shootout is a
// fight with small arms, 193, when the verb names only the killing
// (coder/data/subcodes.txt, SMALLARMS); fire exchanged with no gun word stays
// 190, and a killing with no fight named stays KILL's 190.
func TestGunfightSmallArms(t *testing.T) {
	checkRuleCodes(t, "2024-06-12", []struct{ text, want string }{
		{"Two soldiers were killed in a gunfight with rebels in Manipur on Wednesday.", "INDREB>INDMIL 193; INDMIL>INDREB 193"},
		{"Indian troops killed two militants in a firefight in Kashmir on Wednesday.", "INDMIL>INDREB 193"},
		// Negatives: no small-arms fight named.
		{"Militants killed two policemen in Srinagar on Monday.", "INDREB>INDCOP 190"},
		{"Pakistani troops exchanged fire with Afghan Taliban forces on Sunday.", "PAKMIL>AFGREB 190; AFGREB>PAKMIL 190"},
	})
}
