package pipeline_test

import "testing"

// TestRoundThirtyAidArrived: relief goods or an aid convoy that crossed
// into, reached or arrived in an actor's territory are humanitarian aid
// delivered there (073), from the actor the subject or its "from" names;
// troops crossing or a minister arriving are no aid, and a ship that
// docked in a port (often a transit) is left alone.
func TestRoundThirtyAidArrived(t *testing.T) {
	checkRuleCodes(t, "2025-01-01", []struct{ text, want string }{
		{"A Russian aid convoy crossed into eastern Ukraine on Friday.", "RUS>UKR 073"},
		{"The first 20 trucks carrying aid crossed from Egypt into Gaza on Saturday.", "EGY>PSEGZA 073"},
		{"The World Food Programme's first aid convoy reached Sudan's Zamzam camp on Tuesday.", "IGOUNOWFP>SDN 073"},
		{"Russian troops crossed into Ukraine on Thursday.", ""},
		{"A Turkish ship carrying food and tents docked in the Egyptian port of El Arish on Friday.", ""},
		{"The Iranian foreign minister arrived in Beirut on Friday.", "IRNGOV>LBN 042"},
	})
}

// TestRoundThirtyArmsArrived: weapons, tanks or an arms shipment that
// arrived in a state are military aid delivered there (072), not a visit
// (042:043); a minister arriving stays a visit.
func TestRoundThirtyArmsArrived(t *testing.T) {
	checkRuleCodes(t, "2025-01-01", []struct{ text, want string }{
		{"German Leopard tanks arrived in Ukraine on Monday.", "DEUMIL>UKR 072"},
		{"The first U.S. weapons shipment arrived in Israel on Monday.", "USA>ISR 072"},
		{"The Iranian foreign minister arrived in Beirut on Friday.", "IRNGOV>LBN 042"},
	})
}

// TestRoundThirtyContingentArrived: a foreign police force or a troop
// contingent that arrived in or landed in a state was deployed there (074,
// the host's 0861), as peacekeepers arriving are; so are troops (conflict30's
// rows, merged first); a minister arriving stays a visit.
func TestRoundThirtyContingentArrived(t *testing.T) {
	checkRuleCodes(t, "2025-01-01", []struct{ text, want string }{
		{"The first 400 Kenyan police officers landed in Haiti's capital on Tuesday.", "KENCOP>HTI 074; HTI>KENCOP 0861"},
		{"A first contingent of Turkish troops arrived in Doha on Thursday.", "TURMIL>QAT 074; QAT>TURMIL 0861"},
		{"Italian peacekeepers landed in Lebanon on Saturday.", "ITA>LBN 074; LBN>ITA 0861"},
		{"Turkish troops arrived in Doha on Thursday.", "TURMIL>QAT 074; QAT>TURMIL 0861"},
		{"Kenyan Foreign Minister Musalia Mudavadi arrived in Haiti on Tuesday.", "KENGOV>HTI 042"},
	})
}
