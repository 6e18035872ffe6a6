package pipeline_test

import "testing"

// TestIncomingShotNoOwn015: the news README's thirteenth harmonisation
// (session twenty) gives an interception of incoming missiles, rockets or
// drones no defender's 015, whatever the verb; a shoot-down of an aircraft,
// or of a drone flying on its own, keeps the shooter's announced 015
// (coder/ownstrike.go, incomingShot). Run with the rule coder alone.
func TestIncomingShotNoOwn015(t *testing.T) {
	checkRuleCodes(t, "2025-06-11", []struct{ text, want string }{
		// Drones of an attack, shot down: no 015.
		{"The Defence Ministry of Belarus said its air defences shot down 12 Lithuanian drones over the Grodno region.", "BLRGOV>LTU 190"},
		// A missile, in the singular too.
		{"Israel said it shot down a missile fired from Yemen.", "ISR>YEM 190"},
		// Negatives: an aircraft, and a lone drone, keep the 015.
		{"Pakistan said it shot down five Indian jets.", "PAK>IND 190; PAK>IND 015"},
		{"Iran said it shot down a U.S. spy drone over the Gulf.", "IRN>USASPY 190; IRN>USASPY 015"},
		// A missile word modifying the object is no incoming weapon.
		{"Israel said it struck Houthi missile launchers in Yemen.", "ISR>YEMREB 194; ISR>YEMREB 015"},
		// Missiles of another clause do not make the downed jet one
		// (incomingShot reads the shoot-down's own clause).
		{"Ukraine said it shot down a Russian jet and Russian troops fired missiles.", "UKR>RUS 190; UKR>RUS 015"},
	})
}

// TestInspectorateCut: cooperation with the IAEA suspended is 1245, a
// refusal of international involvement (the thirteenth harmonisation;
// coder/inspectorate.go); cooperation cut with any other partner stays
// 160. Dev rows: m-183, ac-098, aw-148 (160 before, 1245 in the gold).
func TestInspectorateCut(t *testing.T) {
	checkRuleCodes(t, "2025-07-02", []struct{ text, want string }{
		{"Tehran suspended cooperation with the International Atomic Energy Agency on Thursday.", "IRN>IGOUNOIAE 1245"},
		{"Iran halted cooperation with the U.N. nuclear watchdog after the strikes.", "IRN>IGOUNOIAE 1245"},
		// Negative: another partner.
		{"Niger suspended cooperation with France on Thursday.", "NER>FRA 160"},
	})
}

// TestTruceReleases: a truce agreed between a state and an armed group
// that names a release adds the releasing party's 0353 to the captives'
// state: the group's for hostages, the state's for prisoners (the
// thirteenth harmonisation; coder/trucerelease.go). Dev rows: t-119,
// al-082, av-006 (two).
func TestTruceReleases(t *testing.T) {
	checkRuleCodes(t, "2025-01-15", []struct{ text, want string }{
		{"Colombia and the ELN rebels agreed on Sunday to a ceasefire under which hostages will be released.", "COL>COLREB 0871; COLREB>COL 0871; COLREB>COL 0353"},
		{"Mediators said Israel and Hamas had agreed to a truce, with hostages and prisoners to be freed in stages.", "ISR>PSEREBHMS 0871; PSEREBHMS>ISR 0871; PSEREBHMS>ISR 0353; ISR>PSE 0353"},
		// Negatives: no release named; two states.
		{"Israel and Hamas agreed to a ceasefire on Monday.", "ISR>PSEREBHMS 0871; PSEREBHMS>ISR 0871"},
		{"Russia and Ukraine agreed to a ceasefire and a prisoner exchange.", "RUS>UKR 0871; UKR>RUS 0871"},
	})
}
