package coder

import (
	"fmt"

	"github.com/dyadproject/dyad"
)

// The two countries' ministers. "The two countries' defence ministers
// said", "a clash between the two countries' troops", "both nations'
// leaders will meet": a role named with a possessive pair reference is
// that role of each of the two states the reference points back to
// (AGOGOV and BRAGOV), as "their militaries" after "India and Pakistan"
// is INDMIL and PAKMIL. The resolver (coref) knows "the two countries"
// but not with the possessive mark, and the role phrase stood uncoded.

// pairRefNouns are the plural nouns of a possessive pair reference.
var pairRefNouns = map[string]bool{
	"COUNTRIES": true, "NATIONS": true, "STATES": true, "NEIGHBOURS": true, "NEIGHBORS": true,
}

// pairPossessive codes mention m, a role phrase with no name in it, when a
// possessive pair reference ("the two countries'") opens it or stands just
// before it; it reports whether it did.
func (s *sent) pairPossessive(m int) bool {
	first, last := s.nes[m].first, s.nes[m].last
	cs := s.nes[m].codes
	// An agent-only phrase may already carry the country of a later
	// actor ("ministers condemned Russia" read as RUSGOV); with no name
	// of its own, the pair reference it opens says whose role it is.
	if len(cs) != 1 || len(cs[0].agents) == 0 || s.refs == nil || s.hasProper(first, last) {
		return false
	}
	p := -1
	for j := max(first-1, 0); j <= last && j < len(s.words); j++ {
		if s.tags[j] == "POS" {
			p = j
			break
		}
	}
	if p < 2 || !pairRefNouns[s.words[p-1]] {
		return false
	}
	start := -1
	switch {
	case s.words[p-2] == "BOTH":
		start = p - 2
	case s.words[p-2] == "TWO" && p >= 3 && s.words[p-3] == "THE":
		start = p - 3
	default:
		return false
	}
	span := s.span(start, p-1)
	actors, ok := s.refs.Resolve("the two countries", span, s.sentIdx)
	if !ok || len(actors) != 2 {
		return false
	}
	out := make([]acode, 0, 2)
	for i := range actors {
		a := actors[i]
		country := a.Code
		if len(country) < 3 || !isCountryCode(country[:3]) {
			return false
		}
		country = country[:3]
		a.Entry, a.Dict = fmt.Sprintf("reference: %s → %s", s.text(start, p), country), "dyad.coref"
		n := cs[0]
		n.base, n.hasActor, n.ref = country, true, &dyad.Actor{Code: country, Text: a.Text, Span: a.Span, Entry: a.Entry, Dict: a.Dict, Resolved: a.Resolved}
		n.code = composeCode(country, cs[0].agents)
		out = append(out, n)
	}
	s.nes[m].codes = out
	return true
}

// theirPair codes mention m, "their" with a role ("their militaries",
// "their leaders"), when the nearest actor phrase before it in the
// sentence is a conjoined pair of states ("India and Pakistan said that
// their militaries had agreed"): the role of each of the two (INDMIL,
// PAKMIL). "Their" after a single actor is left to possessive. It
// reports whether it coded m.
func (s *sent) theirPair(m int) bool {
	first := s.nes[m].first
	cs := s.nes[m].codes
	if s.words[first] != "THEIR" || len(cs) != 1 || len(cs[0].agents) == 0 || s.hasProper(first, s.nes[m].last) {
		return false
	}
	for j := m - 1; j >= 0; j-- {
		pc := s.nes[j].codes
		if len(pc) == 0 || s.nes[j].last >= first {
			continue
		}
		if len(pc) != 2 || !pc[0].hasActor || !pc[1].hasActor || len(pc[0].code) != 3 || len(pc[1].code) != 3 ||
			!isCountryCode(pc[0].code) || !isCountryCode(pc[1].code) || pc[0].code == pc[1].code {
			return false
		}
		out := make([]acode, 0, 2)
		for k := range pc {
			a := s.actor(&pc[k])
			a.Resolved = fmt.Sprintf("%s [%d:%d]", a.Text, a.Span.Start, a.Span.End)
			a.Entry, a.Dict = "reference: their → "+a.Entry, "dyad.coref"
			n := cs[0]
			n.base, n.hasActor, n.ref = pc[k].code, true, &a
			n.code = composeCode(pc[k].code, cs[0].agents)
			out = append(out, n)
		}
		s.nes[m].codes = out
		return true
	}
	return false
}
