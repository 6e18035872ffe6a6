package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// hostedTalks recodes a host's welcome of two parties of other countries
// for talks between them as mediation (045 "intercede, act as an
// intermediary"), as the 043 and 045 usage notes put mediation before
// visits and meetings: "Turkey's foreign minister hosted his Somali and
// Ethiopian counterparts in Ankara for talks aimed at ending a row" is
// TURGOV>SOMGOV and TURGOV>ETHGOV 045, not two hostings and two visits.
// It needs one verb's hostings (043) of at least two guests of two other
// countries, and talks or negotiations named after the verb. A host who
// received or hosted guests "for talks" (HOST's and RECEIVE's "- * + FOR
// TALKS [046:046]") gave the 046 pair with each guest instead; the same
// holds for those.
func (s *sent) hostedTalks(evs []dyad.Event) []dyad.Event {
	for i := range evs {
		e := evs[i]
		if !s.hosting(e) || !stateActor(e.Source.Code) {
			continue
		}
		var guests []int
		for j := range evs {
			g := evs[j]
			if g.Code == e.Code && g.Verb == e.Verb && g.Source.Code == e.Source.Code && !sameCountry(g.Target.Code, e.Source.Code) {
				guests = append(guests, j)
			}
		}
		if len(guests) < 2 || !s.talksAfter(s.leafAt(e.Verb.Start)) {
			continue
		}
		two := false
		for _, j := range guests[1:] {
			two = two || !sameCountry(evs[j].Target.Code, evs[guests[0]].Target.Code)
		}
		if !two {
			continue
		}
		host := e.Source.Code
		out := evs[:0]
		for _, g := range evs {
			switch {
			case g.Code == e.Code && g.Verb == e.Verb && g.Source.Code == host:
				g.Code = "045"
			case (g.Code == "042" || g.Code == "046") && g.Verb == e.Verb && sameCountry(g.Target.Code, host):
				continue
			}
			out = append(out, g)
		}
		return out
	}
	return evs
}

// talksAfter reports whether TALKS, NEGOTIATIONS or a peace conference is
// named after leaf v.
func (s *sent) talksAfter(v int) bool {
	if v < 0 {
		return false
	}
	for k := v + 1; k < len(s.words); k++ {
		switch s.words[k] {
		case "TALKS", "NEGOTIATIONS", "MEDIATION":
			return true
		}
	}
	return false
}

// hosting reports whether e is a host's welcome of a guest: a hosting
// (043), or the talks (046) a verb of hosting or receiving gave its guest
// ("hosted X for talks"). Talks another verb gave ("held talks with X and
// Y") are no hosting.
func (s *sent) hosting(e dyad.Event) bool {
	switch e.Code {
	case "043":
		return true
	case "046":
		v := s.leafAt(e.Verb.Start)
		if v < 0 {
			return false
		}
		w := s.words[v]
		return strings.HasPrefix(w, "HOST") || strings.HasPrefix(w, "RECEIV")
	}
	return false
}
