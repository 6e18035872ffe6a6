package coder

import "github.com/dyadproject/dyad"

// Incursions told in a relative clause. "Poland shot down several Russian
// drones that crossed into its airspace" reports two acts: the shoot-down,
// and the drones' entry into Poland's airspace, CAMEO's 150 "Demonstrate
// military or police power" from the intruder's state to the state whose
// airspace or waters were entered (dyad.verbs.txt's ENTER, CROSS, VIOLATE,
// PENETRATE and INTRUDE rows, round thirty-one). Those rows read a main
// clause; in a subject relative the verb has no subject of its own, the
// relative pronoun standing for the noun before it, so the pattern finds
// no source. The news sets code the relative's incursion as the main
// clause's (the September 2025 drone night over Poland: ao-095, ar-052,
// ax-185, and the fourteenth harmonisation's question 3, session
// twenty-one).

// relativeIncursionVerbs are the finite verbs of entering another state's
// space that dyad.verbs.txt codes 150 before AIRSPACE or TERRITORIAL
// WATERS (its ENTER, VIOLATE, CROSS, PENETRATE and INTRUDE blocks), and
// "strayed", which has no row but tells the same entry ("drones that
// strayed into Polish airspace"). They differ from saysIncursion's
// incursionVerbs and intrudeVerbs (verdict.go) on purpose: a subject
// relative's verb is finite ("that crossed"), so no base or -ing form is
// listed, and every verb here needs the airspace or waters after it, where
// saysIncursion lets any form of "intrude" stand alone and takes a
// territory or a line of control as the place too.
var relativeIncursionVerbs = map[string]bool{
	"ENTERED": true, "ENTERS": true, "CROSSED": true, "CROSSES": true,
	"VIOLATED": true, "VIOLATES": true, "PENETRATED": true, "PENETRATES": true,
	"INTRUDED": true, "INTRUDES": true, "STRAYED": true,
}

// relativeIncursions appends the 150 of a subject relative "N that/which
// entered X's airspace": source the actor N names (the noun phrase ending
// just before the pronoun), target the state whose airspace or territorial
// waters the clause names, by a country word before the noun ("Polish
// airspace") or by "its" standing for the subject of the clause that holds
// N ("Poland shot down drones that entered its airspace"). Read up to a
// comma or another verb, at most six leaves after the verb.
func (s *sent) relativeIncursions(evs []dyad.Event) []dyad.Event {
	for i := 1; i+1 < len(s.leaves); i++ {
		if s.words[i] != "THAT" && s.words[i] != "WHICH" || s.tags[i] != "WDT" || s.ne[i-1] < 0 {
			continue
		}
		head := &s.nes[s.ne[i-1]]
		src := head.countryActor()
		if src == nil {
			continue
		}
		v := i + 1
		if s.words[v] == "HAD" || s.words[v] == "HAVE" || s.words[v] == "HAS" {
			v++
		}
		if v >= len(s.words) || !relativeIncursionVerbs[s.words[v]] {
			continue
		}
		owner, at := "", -1
		for j := v + 1; j < len(s.words) && j <= v+6; j++ {
			if s.words[j] == "," || len(s.tags[j]) >= 2 && s.tags[j][:2] == "VB" {
				break
			}
			k := j - 1 // the owner's word before the noun
			switch {
			case s.words[j] == "AIRSPACE":
			case s.words[j] == "SPACE" && s.words[j-1] == "AIR", s.words[j] == "WATERS" && s.words[j-1] == "TERRITORIAL":
				k--
			default:
				continue
			}
			owner, at = s.ownerAt(k, head.first), k
			break
		}
		if owner == "" || owner == src.code[:3] || hasEvent(evs, src.code, owner, "150") {
			continue
		}
		evs = append(evs, dyad.Event{
			Source: s.actor(src), Target: dyad.Actor{Code: owner, Text: s.text(at, at), Span: s.span(at, at)},
			Code: "150", Verb: s.span(v, v), VerbText: s.text(v, v),
			Pattern: "dyad: an incursion told in a relative clause (relincursion.go)",
		})
	}
	return evs
}

// ownerAt returns the country of the airspace's owner named at leaf k: a
// country actor there ("Polish", "Japan's"), or, for "its", the subject of
// the last finite verb before the relative's head at leaf first. "" when
// neither names one.
func (s *sent) ownerAt(k, first int) string {
	if k < 0 {
		return ""
	}
	if s.words[k] == "ITS" {
		v := s.finiteBefore(first)
		if v < 0 {
			return ""
		}
		if _, sp := s.soleSubject(v); sp != nil && len(sp.code) >= 3 && isCountryCode(sp.code[:3]) {
			return sp.code[:3]
		}
		return ""
	}
	if s.words[k] == "'S" || s.tags[k] == "POS" {
		k--
	}
	if k < 0 || s.ne[k] < 0 {
		return ""
	}
	if a := s.nes[s.ne[k]].countryActor(); a != nil {
		return a.code[:3]
	}
	return ""
}

// countryActor returns the mention's code when it has exactly one and that
// code is an actor of a country (its first three letters), nil otherwise:
// the incursion's source and the airspace's owner must each be one state.
func (m *mention) countryActor() *acode {
	if len(m.codes) != 1 || !m.codes[0].hasActor || len(m.codes[0].code) < 3 || !isCountryCode(m.codes[0].code[:3]) {
		return nil
	}
	return &m.codes[0]
}
