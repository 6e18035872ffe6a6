package pipeline_test

import "testing"

// TestCodes32BlamedArmedGroup: a non-state armed group blamed or held
// responsible where the sentence reports an attack, a bombing or a blast is
// accused of aggression (1123), as a state is, and in its own country too:
// the session fifteen and sixteen harmonisations code blame for an armed
// attack 1123 when it is laid on "a state's forces or an armed group in
// conflict with the victim's side" (testdata/news/README.md). A group blamed
// for something that is no attack, and an accusation that names no attack,
// keep 112. The rule coder alone: the relabeller may move a code either way.
func TestCodes32BlamedArmedGroup(t *testing.T) {
	checkRuleCodes(t, "2024-03-05", []struct{ text, want string }{
		{"The Somali army blamed al Shabaab for the blast at the market.", "SOMMIL>SOMREB 1123"},
		{"Kenya blamed al Shabaab for the bombing that killed 12 people.", "KEN>SOMREB 1123"},
		// No attack named: 112.
		{"The Somali army blamed al Shabaab for the food shortages.", "SOMMIL>SOMREB 112"},
	})
}

// TestCodes32Backing: an accusation of backing, arming, sponsoring or
// harbouring others is 112, whatever the backed group did: 1123 is blame
// for the accused's own military action (the session sixteen
// harmonisation), so the attack words after the backing gerund do not
// refine it. The accused's own attack or shelling stays 1123.
func TestCodes32Backing(t *testing.T) {
	checkRuleCodes(t, "2024-03-05", []struct{ text, want string }{
		{"Mali accused Algeria of backing rebels behind a wave of attacks in the north.", "MLI>DZA 112"},
		{"Mali accused Algeria of sponsoring the raids on its border posts.", "MLI>DZA 112"},
		// The accused's own military action: 1123.
		{"Mali accused Algeria of launching attacks on its border posts.", "MLI>DZA 1123"},
	})
}
