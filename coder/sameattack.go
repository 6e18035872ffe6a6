package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// sameAttacks drops the event of a closing force participle (", killing
// ...", ", firing artillery at ...", ", wounding ...") that restates the
// attack its clause has already coded: "Rebels shelled the town, killing
// ten civilians" is one attack on the town's state, not a shelling and a
// second assault on its civilians. The participle's event goes when an
// earlier event of roots 18-20 in the sentence has the same source and a
// target of the same country; a participle that reaches a victim of another
// state ("struck the airbase in Syria, killing Iranian officers") is an
// act of its own and stays, as do participles of other roots.
func (s *sent) sameAttacks(evs []dyad.Event) []dyad.Event {
	if len(evs) < 2 {
		return evs
	}
	drop := func(e *dyad.Event) bool {
		if !force(e.Code.Root()) || !plainVictim(e.Target.Code) || !s.closingParticiple(e) {
			return false
		}
		for k := range evs {
			m := &evs[k]
			if m == e || !force(m.Code.Root()) || s.closingParticiple(m) || m.Verb.Start >= e.Verb.Start {
				continue
			}
			if m.Source.Code == e.Source.Code && sameCountry(m.Target.Code, e.Target.Code) {
				return true
			}
		}
		return false
	}
	return withoutEvents(evs, drop)
}

// plainVictim reports whether a target code is a bare state or its
// civilians: the participle then names no organ the main clause missed.
func plainVictim(code string) bool {
	return len(code) == 3 || len(code) == 6 && strings.HasSuffix(code, "CVL")
}

// force reports whether a root is one of the use-of-force roots 18-20.
func force(root string) bool {
	return root == "18" || root == "19" || root == "20"
}

// closingParticiple reports whether an event's verb is an -ing participle
// opening a clause after a comma: ", killing ...".
func (s *sent) closingParticiple(e *dyad.Event) bool {
	i := s.leafAt(e.Verb.Start) // ownorgan.go
	return i >= 1 && s.words[i-1] == "," && strings.HasSuffix(s.words[i], "ING")
}
