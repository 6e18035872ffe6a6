package pipeline_test

import (
	"strings"
	"testing"
)

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

// TestSoutheastAsianLeadersBloc: the leaders or ministers of Southeast Asia
// acting together are ASEAN's (dict/data/dyad.actors.txt, round
// thirty-seven); other Southeast Asians stay the region.
func TestSoutheastAsianLeadersBloc(t *testing.T) {
	checkRuleCodes(t, "2021-04-24", []struct{ text, want string }{
		{"Southeast Asian foreign ministers criticised China on Sunday.", "IGOSEAASN>CHN 111"},
		{"Southeast Asian leaders met Myanmar's junta chief on Saturday.", "IGOSEAASN>MMRGOV 040"},
	})
	// Negative: fishermen of the region are not the bloc (whatever their
	// event's code, the actor stays the region's).
	got := list(codeWith(t, ruleCoder(t), "Chinese coast guard ships harassed Southeast Asian fishermen on Monday.", "2021-04-19"))
	if !strings.Contains(got, ">SEA") || strings.Contains(got, "IGOSEAASN") {
		t.Errorf("got %q, want the fishermen as the region (SEA…), not IGOSEAASN", got)
	}
}
