package pipeline_test

import "testing"

// The cases of this file pin gold events the coder missed in sentences
// where it coded another (round thirty-five, missed38). They use the rule
// coder alone (checkRuleCodes): the relabeller may move a code.

// TestMissed38PronounInterception: weapons intercepted in a later clause
// and told by a pronoun ("most of them", "most were intercepted") engage
// their launcher, the source of the earlier act of force: 194 for air
// defences, 195 for jets, 190 with no weapon word; an interceptor named by
// its air defences is its state's military. A negated interception, an
// interception whose object is a thing seized with no act of force before
// it, and an interception that names its own object are left to the
// patterns.
func TestMissed38PronounInterception(t *testing.T) {
	checkRuleCodes(t, "2024-04-14", []struct{ text, want string }{
		{"Iran launched hundreds of drones and missiles at Israel late on Saturday, and Israeli air defences intercepted most of them.", "IRN>ISR 195; ISRMIL>IRN 194"},
		{"Iran fired a barrage of missiles at Israel on Tuesday, and Israel said most were intercepted.", "IRN>ISR 194; ISR>IRN 190"},
		{"Iran fired missiles at a U.S. air base in Qatar on Monday, and Qatar said its air defences had shot them all down.", "IRN>USAMIL 194; QATMIL>IRN 194"},
		{"Iran launched more than 300 drones and missiles at Israel overnight, and Israel said it and its allies intercepted 99 percent of them.", "IRN>ISR 195; ISR>IRN 190"},
		// A relative's gap after a comma: its actor is set aside with the
		// aside, and read from there.
		{"The Houthis fired a missile at Israel on Tuesday, which the Israeli military said it intercepted.", "YEMREB>ISR 194; ISRMIL>YEMREB 190"},
		// The missile fired at a state is the attack, 194: no dev half
		// codes a missile that hit a house 1712 (fresh39 aw-155, drones
		// and missiles that struck a building, is 195); the 1712 here was
		// the BURN overlay's row read on FIRE (round thirty-seven).
		{"The Houthis fired a missile at Israel on Tuesday, which hit a house.", "YEMREB>ISR 194"},
		// Negated: no interception.
		{"North Korea fired a missile at Japan, and Japan said it did not intercept it.", "PRK>JPN 194"},
		// No act of force before the pronoun: nothing to engage.
		{"Police seized a truck of weapons, and soldiers intercepted it at the border.", ""},
		// The interception names its own object: the patterns code it.
		{"Russia fired missiles at Ukraine, and Ukraine shot down a Russian jet.", "RUS>UKR 194; UKR>RUS 190"},
	})
}

// TestMissed38RetaliationOwnState: a promise to answer ("said Moscow would
// respond") after the speaker's own hostile act answers that act's target
// when the act was made by another office of the same state (the ministry's
// criticism, the state's answer); before, only an act by the very same
// code counted, and with none the promise coded nothing. An answer whose
// earlier act is friendly, or whose own state is the act's only party,
// stays uncoded.
func TestMissed38RetaliationOwnState(t *testing.T) {
	checkRuleCodes(t, "2024-04-14", []struct{ text, want string }{
		{"Zakharova called the British measures hostile and said Moscow would respond.", "RUSGOV>GBR 111; RUS>GBR 130"},
		// A friendly act is not answered.
		{"Zakharova praised the British proposal and said Moscow would respond.", "RUSGOV>GBR 051"},
		// The answer to another's act is unchanged.
		{"The United States raised tariffs on Chinese goods, and Beijing vowed to retaliate.", "USA>CHN 163; CHN>USA 1312"},
	})
}
