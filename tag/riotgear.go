package tag

import (
	"strings"

	"github.com/dyadproject/dyad/token"
)

// riotGear lists two-word nouns naming crowd-control weapons, by their
// first word and the heads it goes before. Alone the first word is often a
// verb or a preposition to the model ("fired tear/IN gas at", "water cannon
// and rubber/VB bullets"), which cuts the object off its verb; before its
// head it is a noun modifier.
var riotGear = [...]struct{ first, head, heads string }{
	{"tear", "gas", "gases"},
	{"rubber", "bullets", "bullet"},
	{"pepper", "spray", "sprays"},
	{"stun", "grenades", "grenade"},
}

// riotGearNoun reports whether token i is the first word of a
// crowd-control weapon's name: "tear" in "tear gas". EqualFold, not
// ToLower, so capitalised words cost no allocation.
func riotGearNoun(toks []token.Token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	w, next := toks[i].Word, toks[i+1].Word
	for _, g := range riotGear {
		if strings.EqualFold(w, g.first) && (strings.EqualFold(next, g.head) || strings.EqualFold(next, g.heads)) {
			return true
		}
	}
	return false
}
