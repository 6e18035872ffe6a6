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

// namedSubjects gives an event whose source is only the place of the act
// the subject of its verb instead, when that subject is an actor with a
// role or a name of its own: "Boko Haram gunmen killed 15 villagers in
// Nigeria" matched the pattern "GUNMEN * IN $", whose source slot is the
// place, and gave NGA; the gunmen are Boko Haram's (NGAREB). "Russian
// gunmen killed two Ukrainian soldiers in Donetsk" is RUSUAF, not UKR.
// Gunmen the sentence does not name, given the place's country as a state
// role (theState: "Gunmen killed 15 worshippers ... in Burkina Faso"
// BFAUAF), become the source too, as the fresh2 adjudication codes them;
// the written adjudication's "unnamed killers take the location" (w-254,
// w-271) concerns sentences with no such subject.
func (s *sent) namedSubjects(evs []dyad.Event) []dyad.Event {
	for k := range evs {
		e := &evs[k]
		if !s.placeActor(e.Source) {
			continue
		}
		vi := s.leafAt(e.Verb.Start)
		if vi < 0 {
			continue
		}
		m := s.subject(vi, -1)
		if m < 0 || len(s.nes[m].codes) != 1 {
			continue
		}
		c := &s.nes[m].codes[0]
		if !c.hasActor || len(c.code) <= 3 || c.code == e.Target.Code {
			continue
		}
		e.Source = s.actor(c)
	}
	return evs
}
