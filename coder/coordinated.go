package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// askedActs adds, for an appeal, intent, demand, rejection or threat (see
// asking) whose complement is two or more coordinated verb phrases, one
// event per conjunct whose own sub-code differs from the events' code:
// "called on Armenia and Azerbaijan to stop fighting and return to talks"
// asks for a ceasefire (0256) and for talks (026), two appeals as a CAMEO
// coder writes them. evs[n:] are the verb's events, their code read over the
// whole complement by a pattern or the sub-code table, which may have read
// any one conjunct ("pledged to send peacekeepers and provide humanitarian
// aid": the pattern read the second); each conjunct is refined from the
// verb's own code, own, and one that gives the events' code or nothing
// adds nothing. Verb leaf vi heads them. Conjuncts asking for the same
// thing add nothing ("step down and hand over power" is one demand).
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
	for _, k := range conj {
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

// asking reports whether code is about acts its complement names: an
// appeal (02), intent (03), demand (10), rejection (12) or threat (13).
// CAMEO codes each act such an event is about.
func asking(code string) bool {
	if len(code) < 2 || strings.IndexByte(code, ':') >= 0 {
		return false
	}
	switch code[:2] {
	case "02", "03", "10", "12", "13":
		return true
	}
	return false
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
