package coder

import "github.com/dyadproject/dyad"

// organPreps are the prepositions after which a later actor is where an
// actor's own organ is sent, withdrawn or put: "withdraw its troops from
// Georgia", "deploy its warships near Cyprus".
var organPreps = map[string]bool{
	"FROM": true, "TO": true, "INTO": true, "NEAR": true, "ALONG": true, "ON": true,
	"AGAINST": true, "TOWARD": true, "TOWARDS": true, "IN": true, "OFF": true,
}

// pastOwnOrgan retargets an event whose target is the source's own organ
// named with a possessive ("Russia promised to withdraw its troops from
// Georgia" RUS>RUSMIL) to the other actor the clause names after it through
// a preposition of direction or place (RUS>GEO): an actor does not act on
// its own troops or embassy; what it moves them from, to or against is the
// other side. Events with no such actor are left as they are.
func (s *sent) pastOwnOrgan(evs []dyad.Event) []dyad.Event {
	for i := range evs {
		src, tgt := evs[i].Source.Code, evs[i].Target.Code
		if len(src) < 3 || len(tgt) <= 3 || tgt[:3] != src[:3] {
			continue
		}
		first := s.leafAt(evs[i].Target.Span.Start)
		if first < 0 || s.tags[first] != "PRP$" {
			continue
		}
		if a, ok := s.afterOrgan(first, src[:3]); ok {
			evs[i].Target = a
		}
	}
	return evs
}

// afterOrgan returns the first actor of another country than country named
// after leaf first, behind one of organPreps, before the clause ends (a
// comma or a finite verb).
func (s *sent) afterOrgan(first int, country string) (dyad.Actor, bool) {
	for m := range s.nes {
		n := s.nes[m]
		if n.first <= first {
			continue
		}
		for j := first + 1; j < n.first; j++ {
			if t := s.tags[j]; t == "," || t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
				return dyad.Actor{}, false
			}
		}
		if len(n.codes) != 1 || !n.codes[0].hasActor || len(n.codes[0].code) < 3 || n.codes[0].code[:3] == country {
			continue
		}
		if p := n.first - 1; p < 0 || !organPreps[s.words[p]] {
			if p < 1 || !organPreps[s.words[p-1]] || (s.tags[p] != "DT" && s.tags[p] != "JJ") {
				continue
			}
		}
		return s.actor(&s.nes[m].codes[0]), true
	}
	return dyad.Actor{}, false
}

// leafAt returns the leaf that starts at byte off, or -1.
func (s *sent) leafAt(off int) int {
	for i, l := range s.leaves {
		if l.Start == off {
			return i
		}
	}
	return -1
}
