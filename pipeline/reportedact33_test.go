package pipeline_test

import "testing"

// TestReportedActRebelClaim: an armed rebel group that announces its own
// strike on another country claims it (015) besides the strike, as a state
// does (coder/ownstrike.go, rebelGroup). The strike on the group's own
// country is a domestic fight and gets no claim; a strike the group
// reports of its enemy is an accusation, not a claim; an intended strike
// is a threat, not a claim.
func TestReportedActRebelClaim(t *testing.T) {
	speech31Cases(t, []struct{ text, date, want string }{
		{"The Houthis said they had attacked an Israeli cargo ship with drones in the Red Sea on Monday.", "2024-01-02", "YEMREB>ISRBUS 195; YEMREB>ISRBUS 015"},
		// The group's strike on its own country: a domestic fight, no claim.
		{"The Houthis said they had attacked Yemeni government troops near Marib on Monday.", "2024-01-02", "YEMREB>YEMMIL 190"},
		// The enemy's strike, reported by the group: no claim.
		{"Hamas said Israeli troops had shelled its positions on Monday.", "2024-01-02", "PSEREBHMS>ISRMIL 010; PSEREBHMS>ISRMIL 1124"},
		// An intended strike: no claim.
		{"The Houthis said they would attack any American warship in the Red Sea.", "2024-01-02", "YEMREB>USAMIL 1384"},
	})
}
