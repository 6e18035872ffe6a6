package pipeline_test

import "testing"

// TestRoundThirtyDeployments: a state's troops, soldiers, police officers
// or a contingent that arrive or land in another state are a deployment,
// 074 with the host's 0861 (the news README's deployment convention), not
// a visit (pipeline/data/dyad.verbs.txt, ARRIVE and LAND). Officials still
// visit, troops landing "for a visit" stay a visit, and troops that "came
// under fire" in a place (COME sits in ARRIVE's block) have not arrived
// anywhere. Sentences written for this test; the rule coder alone.
func TestRoundThirtyDeployments(t *testing.T) {
	checkRuleCodes(t, "2024-06-25", []struct{ text, want string }{
		{"A first contingent of 300 Ghanaian soldiers arrived in Bamako on Monday.",
			"GHAMIL>MLI 074; MLI>GHAMIL 0861"},
		{"Kenyan police officers landed in Haiti on Tuesday to join the multinational mission.",
			"KENCOP>HTI 074; HTI>KENCOP 0861"},
		{"Turkish troops arrived in Qatar on Thursday under a defence agreement.",
			"TURMIL>QAT 074; QAT>TURMIL 0861"},
		// Negative cases: a minister's arrival is a visit; an explicit visit
		// by troops stays one; coming under fire is no arrival.
		{"The Ghanaian foreign minister arrived in Bamako on Monday.",
			"GHAGOV>MLI 042"},
		{"Chinese troops landed in Iran for a visit on Monday.",
			"CHNMIL>IRN 042; IRN>CHNMIL 043"},
		{"Kenyan police officers serving with the mission came under fire in Port-au-Prince on Thursday.",
			""},
	})
}

// TestRoundThirtyHijackings: a train, bus or airliner seized by an armed
// group is hijacked, 181, as a ship is (&DYADVEHICLE beside &DYADSHIP in
// pipeline/data/dyad.verbs.txt), not an arrest of its passengers (173);
// goods seized by police stay the old reading. Sentences written for this
// test; the rule coder alone.
func TestRoundThirtyHijackings(t *testing.T) {
	checkRuleCodes(t, "2025-03-11", []struct{ text, want string }{
		{"Separatist rebels seized a passenger train in southwestern Pakistan on Tuesday.",
			"PAKREB>PAKCVL 181"},
		{"Gunmen seized a bus carrying 30 passengers in Nigeria on Sunday.",
			"NGAUAF>NGACVL 181"},
		{"Rebels captured a passenger plane in Sudan on Friday.",
			"SDNREB>SDNCVL 181"},
		// Negative: police seizing drugs is no hijacking.
		{"Colombian police seized 20 tonnes of cocaine on Monday.",
			""},
	})
}
