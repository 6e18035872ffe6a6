package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Object relatives on an event's target. "Russia expelled two Polish
// diplomats, whom it accused of spying" reports a second act, Russia's
// accusation of the diplomats: the relative pronoun stands for the verb's
// object (the verb phrase has none of its own), the clause's subject for its
// source. The comma options drop such a closing clause, and even kept its
// verb would find no object. gapRelatives codes the clause's verb with its
// own code, from the clause's subject ("it", "they", "he", "she": the
// source of the event the antecedent is the target of; or the actor it
// names, "whom Ankara blames") to that event's target. Only verbs of
// disapproval (root 11: accuse, blame, criticise) are read: with every verb
// the CAMEO set's held half gained an exact false positive.

// gapRelatives appends the events of object relatives (see above) on the
// targets of evs; at is extended two entries (verb leaf, reach) per event.
func (s *sent) gapRelatives(evs []dyad.Event, at []int) ([]dyad.Event, []int) {
	n := len(evs)
	if n == 0 {
		return evs, at
	}
	for i := range s.leaves {
		switch s.words[i] {
		case "WHOM", "WHO", "WHICH":
		default:
			continue
		}
		v, subj, ante := s.objectRelative(i)
		if v < 0 {
			continue
		}
		f, vs, ve := s.verbAt(v)
		if f == nil || ve != v || s.negated(vs) || !ownCode(f.Code) || f.Code[:2] != "11" {
			continue
		}
		lo, hi := s.leaves[s.spans[ante].first].Start, s.leaves[s.spans[ante].last].End
		var srcs []dyad.Actor
		if pronounSubject(s.words[s.spans[subj].first]) && s.spans[subj].first == s.spans[subj].last {
			srcs = nil // each event's own source
		} else {
			for m := range s.nes {
				if s.nes[m].first < s.spans[subj].first || s.nes[m].last > s.spans[subj].last {
					continue
				}
				for k := range s.nes[m].codes {
					if a := s.actor(&s.nes[m].codes[k]); a.Code != nullCode {
						srcs = append(srcs, a)
					}
				}
			}
			if len(srcs) == 0 {
				continue
			}
		}
		for k := range n {
			e := evs[k]
			if e.Target.Span.Start < lo || e.Target.Span.End > hi || e.Target.Code == nullCode {
				continue
			}
			from := srcs
			if from == nil {
				from = []dyad.Actor{e.Source}
			}
			for _, a := range from {
				if sameCountry(a.Code, e.Target.Code) && a.Code == e.Target.Code || hasEvent(evs, a.Code, e.Target.Code, f.Code) {
					continue
				}
				r := e
				r.Source, r.Code = a, dyad.Code(f.Code)
				r.Verb = s.span(v, v)
				r.VerbText, r.Pattern = s.leaves[v].Word, "object relative on the target (coder/relgap.go)"
				evs = append(evs, r)
				at = append(at, v, at[2*k+1])
			}
		}
	}
	return evs, at
}

// objectRelative returns, for a relative pronoun at leaf i, the verb leaf
// of its clause, the clause's subject node and the antecedent noun phrase
// node, when the clause is (NP (NP antecedent) , (SBAR (WHNP pronoun) (S
// (NP subject) (VP verb ...)))) and the verb phrase has no object of its
// own; else v is -1.
func (s *sent) objectRelative(i int) (v, subj, ante int) {
	wh := s.parent[s.leafK[i]]
	if wh < 0 || !isLabel(s.nodes[wh].Label, "WHNP") {
		return -1, -1, -1
	}
	sbar := s.parent[wh]
	if sbar < 0 || !isLabel(s.nodes[sbar].Label, "SBAR") {
		return -1, -1, -1
	}
	np := s.parent[sbar]
	if np < 0 || !isLabel(s.nodes[np].Label, "NP") {
		return -1, -1, -1
	}
	var buf [8]int
	kids := s.children(np, buf[:0])
	if len(kids) < 2 || !isLabel(s.nodes[kids[0]].Label, "NP") {
		return -1, -1, -1
	}
	ante = kids[0]
	var cl = -1
	for _, c := range s.children(sbar, buf[:0]) {
		if isLabel(s.nodes[c].Label, "S") {
			cl = c
		}
	}
	if cl < 0 {
		return -1, -1, -1
	}
	subj, vp := -1, -1
	for _, c := range s.children(cl, buf[:0]) {
		switch l := s.nodes[c].Label; {
		case isLabel(l, "NP") && subj < 0 && vp < 0:
			subj = c
		case isLabel(l, "VP") && subj >= 0:
			vp = c
		}
	}
	if vp < 0 {
		return -1, -1, -1
	}
	v = -1
	for _, c := range s.children(vp, buf[:0]) {
		l := s.nodes[c].Label
		switch {
		case v < 0 && s.nodes[c].IsLeaf() && strings.HasPrefix(l, "VB"):
			v = s.spans[c].first
		case isLabel(l, "NP"), isLabel(l, "VP"):
			return -1, -1, -1 // an object of its own, or an auxiliary's verb
		}
	}
	return v, subj, ante
}

// pronounSubject reports whether a subject pronoun stands for the main
// clause's subject in an object relative ("whom it accused").
func pronounSubject(w string) bool {
	switch w {
	case "IT", "THEY", "HE", "SHE":
		return true
	}
	return false
}

// hasEvent reports whether evs hold an event of the code between the two
// actors.
func hasEvent(evs []dyad.Event, src, tgt, code string) bool {
	for _, e := range evs {
		if e.Source.Code == src && e.Target.Code == tgt && string(e.Code) == code {
			return true
		}
	}
	return false
}

// hasCode reports whether evs hold an event coded code, between any actors.
func hasCode(evs []dyad.Event, code string) bool {
	for i := range evs {
		if string(evs[i].Code) == code {
			return true
		}
	}
	return false
}

// hasEventUnder reports whether evs hold an event between the two actors
// whose code starts with prefix: a root ("11") or a code and its sub-codes.
func hasEventUnder(evs []dyad.Event, src, tgt, prefix string) bool {
	for _, e := range evs {
		if e.Source.Code == src && e.Target.Code == tgt && strings.HasPrefix(string(e.Code), prefix) {
			return true
		}
	}
	return false
}
