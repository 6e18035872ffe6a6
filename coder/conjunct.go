package coder

import (
	"iter"

	"github.com/dyadproject/dyad"
)

// Later conjuncts with no actor of their own. "The Kremlin criticised
// Finland for joining NATO and warned of countermeasures" and "Kishida
// visited New Delhi and announced 5 trillion yen of investment" report two
// acts of one subject toward one party: the second verb phrase names no
// actor, so its patterns find no target, and the party is the first
// conjunct's (the coordinated verbs share the subject, and the later one
// continues the dealings the first began). conjuncts gives such a
// later conjunct the first conjunct's events under its own code, refined
// over its own phrase by the sub-code table. Only conflictual codes (roots
// 10-20) are carried: with every code but statements the written set's held
// half gained an exact false positive (a cooperative verb), and a statement
// ("met Putin and said ...") is its reported clause's business. A phrase
// that names any actor is the verb's own to code.

// conjuncts appends, for each finite verb left uncoded that heads
// a later conjunct of a coordinated VP whose first conjunct's verb was
// coded, and whose phrase names no actor, the first verb's events under its
// own code. at is extended as in sharedObjects.
func (s *sent) conjuncts(evs []dyad.Event, at []int) ([]dyad.Event, []int) {
	n := len(evs)
	if n == 0 {
		return evs, at
	}
	for v1, c := range s.laterConjuncts() {
		if !coded(at[:2*n], v1) {
			continue
		}
		v2 := s.spans[c].first
		switch s.tags[v2] {
		case "VBD", "VBZ", "VBP":
		default:
			continue
		}
		if coded(at[:2*n], v2) || s.del[v2] || s.actorIn(s.spans[c].first, s.spans[c].last) {
			continue
		}
		f, vs, ve := s.verbAt(v2)
		if f == nil || s.negated(vs) || !ownCode(f.Code) || f.Code < "10" {
			continue
		}
		code := f.Code
		if s.c.opt.SubCodes {
			code = s.subcode(code, ve+1, s.spans[c].last, f.Verb)
		}
		for e := range n {
			if at[2*e] != v1 || string(evs[e].Code) == code {
				continue
			}
			ev := evs[e]
			ev.Code = dyad.Code(code)
			ev.Verb = s.span(v2, ve)
			ev.VerbText, ev.Pattern = s.text(v2, ve), "later conjunct with no actor: the first conjunct's target (coder/conjunct.go)"
			evs = append(evs, ev)
			at = append(at, v2, at[2*e+1])
		}
	}
	return evs, at
}

// laterConjuncts yields, for each coordinated verb phrase (a VP whose first
// child is a VP and which has a later VP after a CC), the first leaf v1 of
// its first conjunct and the node c of each later conjunct that follows a
// CC. It lists children in s.chbuf and gives the buffer back when done.
func (s *sent) laterConjuncts() iter.Seq2[int, int] {
	return func(yield func(v1, c int) bool) {
		mark := len(s.chbuf)
		defer func() { s.chbuf = s.chbuf[:mark] }()
		for k := range s.nodes {
			if !isLabel(s.nodes[k].Label, "VP") {
				continue
			}
			s.chbuf = s.chbuf[:mark]
			kids := s.kids(k)
			if len(kids) < 3 || !isLabel(s.nodes[kids[0]].Label, "VP") {
				continue
			}
			v1 := s.spans[kids[0]].first
			for j, c := range kids[1:] {
				if isLabel(s.nodes[c].Label, "VP") && s.nodes[kids[j]].Label == "CC" && !yield(v1, c) {
					return
				}
			}
		}
	}
}
