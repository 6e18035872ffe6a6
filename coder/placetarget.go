package coder

import "github.com/dyadproject/dyad"

// placeTwins drops an event whose target is only the place where the act
// happened, when the sentence already gives the same source the same code
// with a real target: "The Taliban freed a British couple held in
// Afghanistan" is AFGREB>GBR 0841, not also AFGREB>AFG 0841 from the
// participle reaching "in Afghanistan"; "said it needed $200 million to
// keep feeding people in Haiti and urged the United States ... to step up
// funding" appeals to the United States, not to Haiti. A place target alone ("Israeli
// jets struck targets in Gaza") is kept: the victims have no country, and
// the place stands for them by the sets' convention.
func (s *sent) placeTwins(evs []dyad.Event) []dyad.Event {
	var drop []bool
	for i, e := range evs {
		if !s.placeTarget(e) {
			continue
		}
		for j, f := range evs {
			if j == i || f.Source.Code != e.Source.Code || f.Code != e.Code || s.placeTarget(f) || f.Target.Code == e.Target.Code {
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

// placeTarget reports whether e's target is a bare country or city named
// after a locative preposition ("in Afghanistan", "in northern Iraq").
func (s *sent) placeTarget(e dyad.Event) bool {
	if len(e.Target.Code) != 3 || e.Target.Resolved != "" {
		return false
	}
	i := s.leafAt(e.Target.Span.Start)
	return i > 0 && s.locative(i)
}
