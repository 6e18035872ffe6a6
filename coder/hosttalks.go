package coder

import "github.com/dyadproject/dyad"

// hostedTalks recodes a host's welcome of two parties of other countries
// for talks between them as mediation (045 "intercede, act as an
// intermediary"), as the 043 and 045 usage notes put mediation before
// visits and meetings: "Turkey's foreign minister hosted his Somali and
// Ethiopian counterparts in Ankara for talks aimed at ending a row" is
// TURGOV>SOMGOV and TURGOV>ETHGOV 045, not two hostings and two visits.
// It needs one verb's hostings (043) of at least two guests of two other
// countries, and talks or negotiations named after the verb.
func (s *sent) hostedTalks(evs []dyad.Event) []dyad.Event {
	for i := range evs {
		e := evs[i]
		if e.Code != "043" || !stateActor(e.Source.Code) {
			continue
		}
		var guests []int
		for j := range evs {
			g := evs[j]
			if g.Code == "043" && g.Verb == e.Verb && g.Source.Code == e.Source.Code && !sameCountry(g.Target.Code, e.Source.Code) {
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
			case g.Code == "043" && g.Verb == e.Verb && g.Source.Code == host:
				g.Code = "045"
			case g.Code == "042" && g.Verb == e.Verb && sameCountry(g.Target.Code, host):
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
