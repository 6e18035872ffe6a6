package coder

import "strings"

// dispersalVerbs are the verbs whose object is a crowd the police or troops
// break up: "dispersed them", "to disperse them".
var dispersalVerbs = map[string]bool{
	"DISPERSE": true, "DISPERSED": true, "DISPERSES": true, "DISPERSING": true,
}

// crowdRole reports whether r is a role of a crowd: protesters and the
// opposition, students, workers, farmers (dissentRoles) and civilians.
func crowdRole(r string) bool { return dissentRoles[r] || r == "CVL" }

// crowdPronoun codes "them" as the object of a dispersal verb ("police
// dispersed them with tear gas", "security forces fired tear gas to
// disperse them") by the latest crowd the sentence named before it
// ("Hundreds of Jordanian demonstrators gathered … before police dispersed
// them" is JOROPP). The resolver alone gives "them" the latest group, which
// is the police doing the dispersing; a non-reflexive object does not
// refer to its own clause's subject, and what is dispersed is a crowd. It
// reports whether it coded c. Called from resolveRefs (refs.go) before the
// resolver is asked.
func (s *sent) crowdPronoun(c refCand) bool {
	if c.first != c.last || c.first == 0 || s.words[c.first] != "THEM" || !dispersalVerbs[s.words[c.first-1]] {
		return false
	}
	for m := len(s.nes) - 1; m >= 0; m-- {
		n := s.nes[m]
		if n.last >= c.first || len(n.codes) == 0 || !s.crowdCodes(n.codes) {
			continue
		}
		text := s.text(c.first, c.last)
		codes := make([]acode, 0, len(n.codes))
		for _, k := range n.codes {
			a := s.actor(&k)
			a.Resolved = resolvedText(a)
			a.Text, a.Span = text, s.span(c.first, c.last)
			s.referenceEntry(&a, c.first, c.last)
			codes = append(codes, acode{code: k.code, base: k.base, agents: k.agents,
				first: c.first, last: c.last, hasActor: true, ref: &a})
		}
		s.crowdForce(n.last, c.first, n.codes[0].base)
		return s.codeCandidate(c, codes)
	}
	return false
}

// crowdCodes reports whether every code is a country's crowd: an actor
// whose agents are all crowd roles.
func (s *sent) crowdCodes(cs []acode) bool {
	for _, c := range cs {
		if !c.hasActor || len(c.agents) == 0 || len(c.base) < 3 || !isCountryCode(c.base[:3]) {
			return false
		}
		for _, g := range c.agents {
			if g.Before || len(g.Code)%3 != 0 {
				return false
			}
			for i := 0; i < len(g.Code); i += 3 {
				if !crowdRole(g.Code[i : i+3]) {
					return false
				}
			}
		}
	}
	return true
}

// forceRoles are the roles of those who break up a crowd: police and troops
// (forceRoleList the same as a list, for hasRole).
var (
	forceRoles    = map[string]bool{"COP": true, "MIL": true}
	forceRoleList = []string{"COP", "MIL"}
)

// crowdBefore reports whether the "before" at leaf i opens a clause (to
// leaf last) in which a state's police or troops act on the crowd that is
// the subject of the main verb at leaf vi, on the story day: "Hundreds of
// demonstrators gathered outside the embassy before police dispersed them
// with tear gas" reports the rally and its dispersal, two events (the
// dispersal follows the rally, so it is not the earlier background a bare
// subordinate clause of time often is). The clause's first verb is a
// simple past, with no mark of an earlier time (earlierMarks), and its first
// actor is of police or troops only. keepTimedClauses (timed.go) keeps such
// a clause for coding.
func (s *sent) crowdBefore(i, last, vi int) bool {
	if s.words[i] != "BEFORE" || i > 0 && earlierMarks[s.words[i-1]] {
		return false
	}
	e := s.subject(vi, -1)
	if e < 0 || !s.crowdCodes(s.nes[e].codes) {
		return false
	}
	verb, force := false, false
	for k := i + 1; k <= last; k++ {
		if earlierMarks[s.words[k]] {
			return false
		}
		if m := s.ne[k]; !verb && m >= 0 && s.nes[m].first == k && len(s.nes[m].codes) > 0 {
			force = s.forceCodes(s.nes[m].codes)
		}
		if !verb && strings.HasPrefix(s.tags[k], "VB") {
			if s.tags[k] != "VBD" {
				return false
			}
			verb = true
		}
	}
	return verb && force
}

// forceCodes reports whether every code is a country's police or troops.
func (s *sent) forceCodes(cs []acode) bool {
	for _, c := range cs {
		if !c.hasActor || len(c.base) < 3 || !isCountryCode(c.base[:3]) || !onlyRoles(c, forceRoles) {
			return false
		}
	}
	return true
}

// crowdForce gives the police or troops with no country that disperse a
// crowd of country (the nearest actor phrase between the crowd, ending at
// leaf from, and the pronoun at leaf to) that country: police break up
// crowds at home, so "Hundreds of demonstrators gathered outside the
// Israeli embassy in Amman, before police dispersed them" is JORCOP, where
// theState finds two countries and gives the police none.
func (s *sent) crowdForce(from, to int, country string) {
	for m := len(s.nes) - 1; m >= 0; m-- {
		n := s.nes[m]
		if n.last >= to || n.first <= from || len(n.codes) == 0 {
			continue
		}
		out := make([]acode, 0, len(n.codes))
		for _, c := range n.codes {
			if c.hasActor || !onlyRoles(c, forceRoles) {
				return
			}
			out = append(out, s.withCountry(acode{code: country, base: country, hasActor: true}, c))
		}
		s.nes[m].codes = out
		return
	}
}
