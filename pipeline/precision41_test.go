package pipeline_test

import "testing"

// The cases of this file pin round thirty-six's precision41 fixes: false
// events counted by the row or rule that made them. They use the rule
// coder alone (checkRuleCodes): the relabeller may move a code.

// TestPrecision41PullIsNoSeizure: a bare "pulled" is no seizure of property
// (171). PULL sat in EXTRACT [171]; it moves to a codeless block with its
// own patterns (pipeline/data/dyad.verbs.txt), so goods pulled from shelves
// code nothing while troops pulled out or back keep their withdrawal.
func TestPrecision41PullIsNoSeizure(t *testing.T) {
	checkRuleCodes(t, "2024-12-28", []struct{ text, want string }{
		{"Some Chinese shops have pulled Japanese seafood from their shelves.", ""},
		{"Indian retailers pulled Turkish apples from their stores on Friday.", ""},
		// Must not change: PULL's own patterns still code a withdrawal.
		{"Russia pulled its troops out of Georgia on Monday.", "RUS>GEO 0874"},
		{"Serbia pulled its troops back from the border with Kosovo.", "SRB>KSV 0874"},
	})
}

// TestPrecision41SummonedDiplomats: a state that summons another's envoys,
// diplomats or chief of mission protests formally (114), as with its
// ambassador; the rows read the singular envoy and the ambassador only, and
// the rest fell to SUMMON's meeting (040).
func TestPrecision41SummonedDiplomats(t *testing.T) {
	checkRuleCodes(t, "2024-12-28", []struct{ text, want string }{
		{"Ghana summoned the envoys of Togo and Benin on Tuesday to protest the border closure.", "GHA>TGOGOV 114; GHA>BENGOV 114"},
		{"Kenya summoned a senior Ugandan diplomat on Thursday over the arrests.", "KEN>UGAGOV 114"},
		{"Vietnam summoned China's deputy chief of mission on Wednesday to protest the collision.", "VNM>CHN 114"},
		// Must not change: leaders summoned to a summit meet, and an
		// ambassador summoned was already a protest.
		{"Iran summoned the leaders of Iraq and Syria to a summit in Tehran.", "IRN>IRQGOV 040; IRN>SYRGOV 040"},
		{"Kenya summoned Uganda's ambassador on Monday.", "KEN>UGAGOV 114"},
	})
}

// TestPrecision41SanctionsBeforeTheVerb: sanctions named before IMPOSE are
// on the actor after ON or AGAINST; with none named the row codes nothing,
// where the coder took the next actor after the verb (the states that
// triggered a snapback, the place of a war the sanctions were "over").
func TestPrecision41SanctionsBeforeTheVerb(t *testing.T) {
	checkRuleCodes(t, "2024-12-28", []struct{ text, want string }{
		{"UN sanctions on Iran were reimposed after Germany triggered the snapback mechanism.", "IGOUNO>IRN 163"},
		{"Western sanctions were imposed over the conflict in Georgia.", ""},
		// Must not change: sanctions imposed on a named party, before or
		// after the verb.
		{"Sanctions imposed by the European Union on Belarus took effect on Monday.", "IGOEUREEC>BLR 163"},
		{"The European Union imposed sanctions on Belarus on Monday.", "IGOEUREEC>BLR 163"},
		{"The United States imposed new sanctions against Venezuela.", "USA>VEN 163"},
	})
}
