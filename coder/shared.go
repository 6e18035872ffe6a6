package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Coordinated verbs that share their object. "Israeli forces demolished or
// seized 24 Palestinian structures" and "Iran arrested and deported two
// British diplomats" are two acts each, done by the one subject to the one
// object (English right-node raising: the first verb's object is the last
// conjunct's). The parser brackets them (VP (VP (VBD demolished)) (CC or)
// (VP (VBD seized) (NP ...))), so the first verb's phrase holds no object
// and its patterns find no target; only the last conjunct's verb was coded.
// sharedObjects gives each bare conjunct verb that coded nothing the events
// of the verb whose object it shares, with its own code.

// sharedObjects appends, for each verb left uncoded whose VP is the bare
// verb coordinated with a later VP whose verb was coded, that verb's events
// under the bare verb's own code (refined over the shared object by the
// sub-code table). at holds each event's verb leaf and reach, two per
// event; both are extended.
func (s *sent) sharedObjects(evs []dyad.Event, at []int) ([]dyad.Event, []int) {
	if len(evs) == 0 {
		return evs, at
	}
	n := len(evs)
	for i := range s.leaves {
		if !strings.HasPrefix(s.tags[i], "VB") || s.del[i] {
			continue
		}
		v2 := s.sharedObjectVerb(i)
		if v2 < 0 || coded(at[:2*n], i) || !coded(at[:2*n], v2) {
			continue
		}
		f, vs, ve := s.verbAt(i)
		if f == nil || ve != i || s.negated(vs) || !ownCode(f.Code) {
			// ve past i: the dictionary has a form for the pair ("ARRESTED
			// AND"), whose patterns have had their say.
			continue
		}
		code := f.Code
		for k := range n {
			if at[2*k] != v2 || string(evs[k].Code) == code {
				continue
			}
			e := evs[k]
			e.Code = dyad.Code(code)
			evs = append(evs, e)
			at = append(at, i, at[2*k+1])
		}
	}
	return evs, at
}

// sharedObjectVerb returns the verb leaf heading the last conjunct of the
// coordinated VP whose first conjunct is the bare verb at leaf i (nothing in
// its VP but the verb and adverbs), or -1.
func (s *sent) sharedObjectVerb(i int) int {
	vp := s.parent[s.leafK[i]]
	if vp < 0 || !isLabel(s.nodes[vp].Label, "VP") {
		return -1
	}
	for _, c := range s.nodes[vp].Children {
		if !c.IsLeaf() || !(strings.HasPrefix(c.Label, "VB") || strings.HasPrefix(c.Label, "RB")) {
			return -1 // an object, complement or adjunct of its own
		}
	}
	up := s.parent[vp]
	if up < 0 || !isLabel(s.nodes[up].Label, "VP") {
		return -1
	}
	var buf [8]int
	kids := s.children(up, buf[:0])
	if len(kids) < 3 || kids[0] != vp {
		return -1
	}
	last := kids[len(kids)-1]
	if !isLabel(s.nodes[last].Label, "VP") || s.nodes[kids[len(kids)-2]].Label != "CC" {
		return -1
	}
	for _, c := range kids[1 : len(kids)-1] {
		if l := s.nodes[c].Label; l != "CC" && l != "," && !isLabel(l, "VP") {
			return -1
		}
	}
	sp := s.spans[last]
	if !strings.HasPrefix(s.tags[sp.first], "VB") {
		return -1
	}
	return sp.first
}

// coded reports whether a verb leaf heads an event of at (two entries per
// event: verb leaf, reach).
func coded(at []int, leaf int) bool {
	for k := 0; k+1 < len(at); k += 2 {
		if at[k] == leaf {
			return true
		}
	}
	return false
}

// ownCode reports whether a verb's own code is one event code: not empty,
// not the null code, not a reciprocal pair.
func ownCode(c string) bool {
	return len(c) >= 3 && c != nullCode && strings.IndexByte(c, ':') < 0
}

// elidedOthers gives a later conjunct whose object is "N others" the
// target of the first conjunct's events: in "Israeli troops killed two
// Palestinian gunmen and arrested five others" the others are more
// Palestinian gunmen, so the arrest is ISRMIL>PSEUAF as the killing is. A
// conjunct verb that coded nothing takes the first conjunct verb's events
// under its own code; at is extended as in sharedObjects.
func (s *sent) elidedOthers(evs []dyad.Event, at []int) ([]dyad.Event, []int) {
	n := len(evs)
	if n == 0 {
		return evs, at
	}
	for i := range s.leaves {
		if s.words[i] != "OTHERS" || !strings.HasPrefix(s.tags[i], "NNS") {
			continue
		}
		np := s.parent[s.leafK[i]]
		if np < 0 || !isLabel(s.nodes[np].Label, "NP") || s.spans[np].last != i {
			continue
		}
		vp := s.parent[np]
		if vp < 0 || !isLabel(s.nodes[vp].Label, "VP") {
			continue
		}
		v2 := s.spans[vp].first
		up := s.parent[vp]
		if !strings.HasPrefix(s.tags[v2], "VB") || up < 0 || !isLabel(s.nodes[up].Label, "VP") || coded(at[:2*n], v2) {
			continue
		}
		var buf [8]int
		kids := s.children(up, buf[:0])
		if len(kids) < 3 || kids[0] == vp || !isLabel(s.nodes[kids[0]].Label, "VP") || s.nodes[kids[len(kids)-2]].Label != "CC" {
			continue
		}
		v1 := s.spans[kids[0]].first
		f, vs, ve := s.verbAt(v2)
		if f == nil || ve != v2 || s.negated(vs) || !ownCode(f.Code) {
			continue
		}
		for k := range n {
			if at[2*k] != v1 || string(evs[k].Code) == f.Code {
				continue
			}
			e := evs[k]
			e.Code = dyad.Code(f.Code)
			e.Verb = s.span(v2, v2)
			e.VerbText, e.Pattern = s.leaves[v2].Word, "N others: the first conjunct's target (coder/shared.go)"
			evs = append(evs, e)
			at = append(at, v2, at[2*k+1])
		}
	}
	return evs, at
}
