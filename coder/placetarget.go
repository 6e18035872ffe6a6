package coder

import "github.com/dyadproject/dyad"

// placeTwins drops an event one of whose actors is only the place where
// the act happened, when the sentence gives the same code between the
// other actor and a real one: "The Taliban freed a British couple held in
// Afghanistan" is AFGREB>GBR 0841, not also AFGREB>AFG 0841 from the
// participle reaching "in Afghanistan"; "said it needed $200 million to
// keep feeding people in Haiti and urged the United States ... to step up
// funding" appeals to the United States, not to Haiti. The same holds for a
// source read from "in X" beside a named one. A place alone ("Israeli jets
// struck targets in Gaza" ISR>PSEGZA) stays: the victims have no country,
// and the place stands for them by the sets' convention.
func (s *sent) placeTwins(evs []dyad.Event) []dyad.Event {
	var drop []bool
	for i, e := range evs {
		for j, f := range evs {
			if j == i || f.Code != e.Code || !s.placeTwin(e, f) {
				continue
			}
			if drop == nil {
				drop = make([]bool, len(evs))
			}
			drop[i] = true
			break
		}
	}
	if drop == nil {
		return evs
	}
	out := evs[:0]
	for i, e := range evs {
		if !drop[i] {
			out = append(out, e)
		}
	}
	return out
}

// placeTwin reports whether e and f share one actor and differ in the
// other, which in e is a place and in f is not.
func (s *sent) placeTwin(e, f dyad.Event) bool {
	switch {
	case e.Source.Code == f.Source.Code && e.Target.Code != f.Target.Code:
		return s.placeActor(e.Target) && !s.placeActor(f.Target)
	case e.Target.Code == f.Target.Code && e.Source.Code != f.Source.Code:
		return s.placeActor(e.Source) && !s.placeActor(f.Source)
	}
	return false
}

// placeActor reports whether a is a bare country or city named after a
// locative preposition ("in Afghanistan", "in northern Iraq").
func (s *sent) placeActor(a dyad.Actor) bool {
	if len(a.Code) != 3 || a.Resolved != "" {
		return false
	}
	i := s.leafAt(a.Span.Start)
	return i > 0 && s.locative(i)
}
