package coder

import "testing"

// TestAuthored: a "STATE-backed" or "STATE-drafted" plan, truce or deal is
// that state's; "STATE-backed" people are not the state. A "STATE-brokered"
// deal is not (changed in round thirty-four, actors36): the broker mediates
// (045, hosted.go's compoundBroker) and is no party, as the dev gold codes
// every such deal the parties make —
//
//	fresh5 m-066, fresh18 ab-047, fresh33 aq-102  "agreed to a Russian-brokered ceasefire"  RUS>both 045, no RUS target
//	fresh18 ab-050  "signed a U.S.-brokered peace declaration"  ARMGOV<>AZEGOV 057, USA>both 045
//	fresh34 ar-117  "signed a U.S.-brokered peace agreement"    CODGOV<>RWAGOV 057, USA>both 045
//	fresh39 aw-142  "signed off on ... a U.S.-brokered plan"    ISR<>PSEREBHMS 057, USA>both 045
//	fresh8 q-104    "suspended its participation in the U.N.-brokered ... deal"  RUS>UKR, not the U.N.
func TestAuthored(t *testing.T) {
	c := New(newsDicts(t), DefaultOptions())
	tests := []struct{ text, tree, want string }{
		{"Sudan rejected a Saudi-backed plan.",
			"(ROOT (S (NP (NNP Sudan)) (VP (VBD rejected) (NP (DT a) (JJ Saudi-backed) (NN plan))) (. .)))",
			"Sudan=SDN; a Saudi-backed plan=SAU"},
		{"Hamas accepted an Egyptian-brokered peace deal.",
			"(ROOT (S (NP (NNP Hamas)) (VP (VBD accepted) (NP (DT an) (JJ Egyptian-brokered) (NN peace) (NN deal))) (. .)))",
			"Hamas=PSEREBHMS"},
		{"Russia vetoed a British-drafted resolution.",
			"(ROOT (S (NP (NNP Russia)) (VP (VBD vetoed) (NP (DT a) (JJ British-drafted) (NN resolution))) (. .)))",
			"Russia=RUS; a British-drafted resolution=GBR"},
		{"Iran-backed rebels attacked Saudi Arabia.",
			"(ROOT (S (NP (JJ Iran-backed) (NNS rebels)) (VP (VBD attacked) (NP (NNP Saudi) (NNP Arabia))) (. .)))",
			"Iran-backed rebels=---REB; Saudi Arabia=SAU"},
	}
	for _, tt := range tests {
		if got := mentions(t, c, tt.text, tt.tree, "2020-03-01"); got != tt.want {
			t.Errorf("%s\n got %s\nwant %s", tt.text, got, tt.want)
		}
	}
}
