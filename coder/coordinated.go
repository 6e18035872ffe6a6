package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// askedActs adds, for an appeal or demand (roots 02 and 10) whose complement
// is two or more coordinated verb phrases, one event per further conjunct
// whose own sub-code differs from the first's: "called on Armenia and
// Azerbaijan to stop fighting and return to talks" asks for a ceasefire
// (0256) and for talks (026), two appeals as a CAMEO coder writes them.
// evs[n:] are the verb's events, their code read over the whole complement
// (a pattern's, which may have read the first conjunct: CALL_ON's "to stop"
// is 025); the further conjuncts are refined from the verb's own code, own,
// and a conjunct whose cue gave the events' code adds nothing. Verb leaf vi
// heads them. Conjuncts asking for the same thing add nothing ("step down
// and hand over power" is one demand).
func (s *sent) askedActs(evs []dyad.Event, n int, own string, vi int, verb string) []dyad.Event {
	if len(evs) == n || !asking(own) || !asking(string(evs[n].Code)) {
		return evs
	}
	conj := s.complementConjuncts(vi)
	if len(conj) < 2 {
		return evs
	}
	c1 := string(evs[n].Code)
	end := len(evs)
	for _, k := range conj[1:] {
		sp := s.spans[k]
		c2 := s.subcode(own, sp.first, sp.last, verb)
		if c2 == own || c2 == c1 {
			continue
		}
		for _, e := range evs[n:end] {
			if string(e.Code) != c1 {
				continue
			}
			e.Code = dyad.Code(c2)
			evs = append(evs, e)
		}
	}
	return evs
}

// asking reports whether code is an appeal (02) or a demand (10).
func asking(code string) bool {
	return (strings.HasPrefix(code, "02") || strings.HasPrefix(code, "10")) && strings.IndexByte(code, ':') < 0
}

// complementConjuncts returns the coordinated verb phrases that head the
// clausal complement of the verb at leaf vi: the VP conjuncts of "to stop
// fighting and return to talks" or of "that Bashir step down and hand over
// power". It follows only the complement's own verb chain (to, modals), never
// an object's inner clauses.
func (s *sent) complementConjuncts(vi int) []int {
	vp := s.parent[s.leafK[vi]]
	if vp < 0 || !isLabel(s.nodes[vp].Label, "VP") {
		return nil
	}
	var buf [8]int
	var comp int = -1
	for _, c := range s.children(vp, buf[:0]) {
		if l := s.nodes[c].Label; isLabel(l, "S") || isLabel(l, "SBAR") {
			comp = c
			break
		}
	}
	for depth := 0; comp >= 0 && depth < 6; depth++ {
		n := s.nodes[comp]
		next := -1
		var vps []int
		cc := false
		for _, c := range s.children(comp, buf[:0]) {
			l := s.nodes[c].Label
			switch {
			case isLabel(l, "VP"):
				vps = append(vps, c)
			case l == "CC":
				cc = true
			case isClauseLabel(l) && next < 0 && !isLabel(n.Label, "VP"):
				next = c // SBAR → S
			}
		}
		if isLabel(n.Label, "VP") && cc && len(vps) >= 2 {
			return vps
		}
		if len(vps) == 1 {
			next = vps[0]
		}
		comp = next
	}
	return nil
}
