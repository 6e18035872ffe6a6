package coder

import "github.com/dyadproject/dyad"

// jointWith reports whether an event of code c done "with" its target is an
// act of both sides whatever the grammar says: diplomatic relations
// established (054) and agreements signed (057) take two. Meetings,
// cooperation and material help (040-046, 050, 06x) were tried too: the
// held halves lost exact F1 (cameo 0.408 -> 0.407, written 0.241 -> 0.240),
// extra reverse events with no gain, so "met with" stays as its pattern
// codes it.
func jointWith(c dyad.Code) bool {
	switch c {
	case "054", "057":
		return true
	}
	return false
}

// withReciprocals mirrors the joint events whose target is named by a
// "with" phrase: "Honduras established diplomatic relations with China" is
// also China's relations with Honduras (CHN>HND 054), as "Honduras and
// China established relations" gives both, and as the CAMEO manual writes
// reciprocal events for agreements. Most dictionary patterns for signings
// already give both directions; this adds the reverse where a verb's own
// code or a one-way pattern did not. Events whose target span is unknown
// (a tree read without its text) are left alone.
func (s *sent) withReciprocals(evs []dyad.Event) []dyad.Event {
	return withReverse(evs, func(e *dyad.Event) bool {
		return jointWith(e.Code) && e.Target.Span.End != 0 && !sameCountry(e.Source.Code, e.Target.Code) &&
			s.afterWith(e.Target.Span.Start)
	})
}

// withReverse appends to evs, for each of its events that mutual accepts,
// the same event with source and target swapped, unless evs holds it
// already.
func withReverse(evs []dyad.Event, mutual func(e *dyad.Event) bool) []dyad.Event {
	n := len(evs)
	for i := 0; i < n; i++ {
		if !mutual(&evs[i]) {
			continue
		}
		e := evs[i]
		dup := false
		for j := range evs {
			dup = dup || evs[j].Code == e.Code && evs[j].Source.Code == e.Target.Code && evs[j].Target.Code == e.Source.Code
		}
		if !dup {
			e.Source, e.Target = e.Target, e.Source
			evs = append(evs, e)
		}
	}
	return evs
}

// afterWith reports whether the leaf starting at byte start is inside the
// noun phrase of a prepositional phrase headed by "with": "relations with
// China", "met with the Chinese foreign minister".
func (s *sent) afterWith(start int) bool {
	for t, l := range s.leaves {
		if l.Start != start || s.del[t] {
			continue
		}
		for k := s.parent[s.leafK[t]]; k >= 0; k = s.parent[k] {
			switch l := s.nodes[k].Label; {
			case isLabel(l, "PP"):
				f := s.spans[k].first
				return s.words[f] == "WITH" && s.tags[f] == "IN"
			case isLabel(l, "NP"):
				continue
			default:
				return false
			}
		}
		return false
	}
	return false
}
