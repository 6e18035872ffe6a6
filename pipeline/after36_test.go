package pipeline_test

import "testing"

// The cases of this file pin acts told in an "after / as / when" clause
// beside the main act (round thirty-four, after36). They use the rule coder
// alone (checkRuleCodes): the relabeller may move a code.

// TestAfter36ClauseRetreat: a state's troops fleeing or abandoning their
// posts in a story-day clause beside the seizure of a place retreat (0874)
// before the side that took it (coder/retreat.go); troops named by an
// agent alone are the struck state's. An earlier day ("a week after", a
// year), a negated flight, a planned one ("before ... flee"), a main act
// that is not force, and "abandoned" with another object than posts add
// nothing.
func TestAfter36ClauseRetreat(t *testing.T) {
	checkRuleCodes(t, "2015-01-05", []struct{ text, want string }{
		{"Taliban fighters overran the Afghan town of Kunduz on Monday after Afghan troops abandoned their posts.", "AFGREB>AFG 192; AFGMIL>AFGREB 0874"},
		{"Boko Haram fighters overran the Nigerian town of Baga on Saturday as government troops fled.", "NGAREB>NGA 192; NGAMIL>NGAREB 0874"},
		{"Boko Haram fighters overran the Nigerian town of Baga on Saturday when Nigerian soldiers fled.", "NGAREB>NGA 192; NGAMIL>NGAREB 0874"},
		// An earlier day's flight is background.
		{"Boko Haram fighters overran the Nigerian town of Baga on Saturday, a week after government troops fled.", "NGAREB>NGA 192"},
		{"Boko Haram fighters overran the Nigerian town of Baga on Saturday after government troops fled the town in 2014.", "NGAREB>NGA 192"},
		// Negated, or still to come.
		{"Boko Haram fighters overran the Nigerian town of Baga on Saturday after government troops did not flee.", "NGAREB>NGA 192"},
		{"Boko Haram fighters will overrun the Nigerian town of Baga before government troops flee.", "NGAREB>NGA 1382"},
		// The main act is not force; the object abandoned is not a post.
		{"Boko Haram demanded a ransom from Nigeria on Saturday as government troops fled.", "NGAREB>NGA 181"},
		{"Boko Haram fighters overran the Nigerian town of Baga on Saturday after government troops abandoned their plan.", "NGAREB>NGA 192"},
	})
}
