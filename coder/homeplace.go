package coder

import "github.com/dyadproject/dyad"

// homePlaces drops a statement or other verbal act (roots 01 to 05) whose
// target is only the place where it was made, in the source's own country:
// "the Malaysian foreign ministry said after a meeting ... in Kuala Lumpur"
// is no statement to Malaysia, and "the signing in Manila was witnessed by
// President Marcos" no comment on the Philippines. A place abroad ("met the
// Saudi king in Riyadh") is left to placeTwins and the visit rules, and a
// force act on a place at home ("troops shelled towns in Idlib") stays: the
// place stands for its people by the sets' convention.
func (s *sent) homePlaces(evs []dyad.Event) []dyad.Event {
	out := evs[:0]
	for _, e := range evs {
		if s.homePlace(e) {
			continue
		}
		out = append(out, e)
	}
	return out
}

// homePlace reports whether e is a verbal act whose target is a bare
// place after a locative preposition, in the source's own country.
func (s *sent) homePlace(e dyad.Event) bool {
	if len(e.Code) < 2 || e.Code[:2] > "05" || len(e.Source.Code) < 3 {
		return false
	}
	return e.Source.Code[:3] == e.Target.Code && s.placeActor(e.Target)
}
