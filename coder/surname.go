package coder

import (
	"strings"

	"github.com/dyadproject/dyad/dict"
)

// surnames indexes the dictionaries' people by the last word of their
// full-name phrase ("GEORGI_PARVANOV_" under PARVANOV), for titles
// followed by a surname alone. Only entries with date-restricted codes
// (office terms) are indexed.
type surnames map[string][]int32

func newSurnames(a *dict.Actors) surnames {
	out := surnames{}
	if a == nil {
		return out
	}
	for i := range a.Entries {
		e := &a.Entries[i]
		if len(e.Dated) == 0 {
			continue
		}
		ws := strings.Split(strings.Trim(e.Phrase, "_"), "_")
		if len(ws) < 2 {
			continue
		}
		last := ws[len(ws)-1]
		if len(last) < 3 {
			continue
		}
		out[last] = append(out[last], int32(i))
	}
	return out
}

// titledSurname returns the one person the dictionaries hold in a state
// office on the sentence date whose full name ends in the surname at leaf
// b, when the words before it (a..b-1) are title words the agents matched
// and the dictionaries found no actor: "President Parvanov visited Moscow"
// in 2005 is GEORGI_PARVANOV's BGRGOV term, where the title alone took the
// sentence's one country (RUSGOV). Two people in office with that surname
// (or none) give nil, and the title is read as before.
func (s *sent) titledSurname(a, b int) (*dict.Actor, string, *dict.Dated) {
	if b <= a || s.tags[b] != "NNP" || s.c.sur == nil || !s.titleEndsAt(a, b) {
		return nil, "", nil
	}
	w := s.words[b]
	ids := s.c.sur()[w]
	if len(ids) == 0 {
		return nil, "", nil
	}
	var act *dict.Actor
	var code string
	var dated *dict.Dated
	for _, id := range ids {
		e := &s.c.d.Actors.Entries[id]
		c, d := e.CodeAt(s.date)
		if d == nil || len(c) != 6 || !officeRoles[c[3:]] {
			continue
		}
		if act != nil && c != code {
			return nil, "", nil
		}
		if act == nil {
			act, code, dated = e, c, d
		}
	}
	return act, code, dated
}

// titleEndsAt reports whether the agent words matched from leaf a on end
// right before leaf b: the surname follows its title ("Prime Minister
// Orban"), with no given name between ("opposition leader Maria Corina
// Machado" is someone the dictionaries do not know, not whoever else is
// called Machado).
func (s *sent) titleEndsAt(a, b int) bool {
	ws := s.words[:b]
	end := -1
	for i := a; i < b; {
		if idx, e := s.c.d.Agents.Match(ws, i, 3); idx >= 0 {
			i, end = e, e
			continue
		}
		i++
	}
	return end == b
}
