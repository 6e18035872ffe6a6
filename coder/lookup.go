package coder

import "github.com/dyadproject/dyad"

// Lookups the linked-event and clause rules share: the actor mention in a
// stretch of leaves, and the events coded at or before a leaf.

// verbCoded reports whether an event of evs has its verb at leaf i.
func (s *sent) verbCoded(evs []dyad.Event, i int) bool {
	for _, e := range evs {
		if e.Verb.Start == s.leaves[i].Start {
			return true
		}
	}
	return false
}

// nextMention returns the actor mention with codes at the first leaf of
// from..to that has one, or -1.
func (s *sent) nextMention(from, to int) int {
	for j := from; j <= to && j < len(s.leaves); j++ {
		if m := int(s.ne[j]); m >= 0 && len(s.nes[m].codes) > 0 {
			return m
		}
	}
	return -1
}

// leavesIn returns the first and last leaf that start inside span sp, or
// -1, -1 when none does: the leaves of an event's actor mention, which the
// rules then read around.
func (s *sent) leavesIn(sp dyad.Span) (first, last int) {
	first, last = -1, -1
	for i, l := range s.leaves {
		if l.Start >= sp.Start && l.Start < sp.End {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return first, last
}

// mentionEndingAt returns the actor mention, kept or in a dropped clause,
// whose last leaf is at, or nil.
func (s *sent) mentionEndingAt(at int) *mention {
	for _, ms := range [2][]mention{s.nes, s.hidden} {
		for m := range ms {
			if ms[m].last == at && len(ms[m].codes) > 0 {
				return &ms[m]
			}
		}
	}
	return nil
}

// lastEventBefore returns the index of the event of evs whose verb starts
// last before leaf i, or -1.
func (s *sent) lastEventBefore(evs []dyad.Event, i int) int {
	act := -1
	for e := range evs {
		if evs[e].Verb.Start < s.leaves[i].Start && (act < 0 || evs[e].Verb.Start > evs[act].Verb.Start) {
			act = e
		}
	}
	return act
}

// clauseAbove returns the nearest clause node above leaf i (S, SBAR and
// their kin), or -1 when none is.
func (s *sent) clauseAbove(i int) int {
	for p := s.parent[s.leafK[i]]; p >= 0; p = s.parent[p] {
		if isClauseLabel(s.nodes[p].Label) {
			return p
		}
	}
	return -1
}

// clauseLeaves returns the first and last leaf of the clause above leaf i,
// or the whole sentence's when no clause holds it.
func (s *sent) clauseLeaves(i int) (first, last int) {
	if p := s.clauseAbove(i); p >= 0 {
		return s.spans[p].first, s.spans[p].last
	}
	return 0, len(s.words) - 1
}

// clauseLast returns the last leaf of the clause above leaf i (clauseLeaves):
// the bound of a phrase a rule reads after its verb ("at the request of",
// "on charges of spying").
func (s *sent) clauseLast(i int) int {
	_, last := s.clauseLeaves(i)
	return last
}

// withoutEvents returns evs without the events drop reports, for a drop
// that reads the other events of the sentence (so evs cannot be compacted
// in place while it runs). It copies only when it drops one: most
// sentences keep all their events.
func withoutEvents(evs []dyad.Event, drop func(e *dyad.Event) bool) []dyad.Event {
	return dropEvents(evs, func(k int) bool { return drop(&evs[k]) })
}

// dropEvents is withoutEvents for a drop that needs the event's index
// (to read the events beside it): drop sees the slice whole and unchanged
// whatever it has dropped before, and the slice is copied only when an
// event is dropped. drop may change the event it is asked about (evs[k])
// and keep it: the changed event is the one kept.
func dropEvents(evs []dyad.Event, drop func(k int) bool) []dyad.Event {
	var out []dyad.Event
	for k := range evs {
		if drop(k) {
			if out == nil {
				out = append(make([]dyad.Event, 0, len(evs)-1), evs[:k]...)
			}
			continue
		}
		if out != nil {
			out = append(out, evs[k])
		}
	}
	if out == nil {
		return evs
	}
	return out
}
