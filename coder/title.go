package coder

import (
	"strings"

	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/dict"
)

// OfficeHolders is the name prefix of the office-holder dictionary
// (actor.Dictionary, read as "dyad.officeholders.actors.txt"). A term read
// from it names a person in office: it beats the country word before the
// name, and the title words around the name add no agents.
const OfficeHolders = "dyad.officeholders"

// isOffice reports whether d is a term of the office-holder dictionary.
func isOffice(d *dict.Dated) bool {
	return d != nil && strings.HasPrefix(d.File, OfficeHolders)
}

// title codes words a..b by what their title or role says, when the
// dictionaries found no actor there or only a bare country: "senior Iranian
// officials" (IRANIAN is IRN) → IRNGOV, "officers of the Islamic
// Revolutionary Guard Corps" → IRNMIL. The title's country must agree with
// the dictionary's. ok is false when the dictionaries' reading stands.
func (s *sent) title(a, b int, act *dict.Actor, code string, dated *dict.Dated, agents []*dict.Agent) (acode, bool) {
	if !s.c.opt.Titles || isOffice(dated) {
		return acode{}, false
	}
	if act != nil && (len(code) != 3 || len(agents) > 0) {
		return acode{}, false
	}
	// Every country or organisation cue is capitalised ("Iranian", "PLA",
	// "Pentagon"); most phrases have none and are not looked at.
	capital := false
	for i := a; i <= b && !capital; i++ {
		if w := s.leaves[i].Word; w != "" && w[0] >= 'A' && w[0] <= 'Z' {
			capital = true
		}
	}
	if !capital {
		return acode{}, false
	}
	// actor.Title keeps none of the words, so the sentence's buffer holds them.
	words := s.titleWords[:0]
	for i := a; i <= b; i++ {
		words = append(words, s.leaves[i].Word)
	}
	s.titleWords = words
	r, ok := actor.Title(words, s.when)
	if !ok || (act != nil && r.Country != code) {
		return acode{}, false
	}
	if r.Sector == "" && len(agents) == 0 && act != nil {
		return acode{}, false // the title adds nothing to the bare country
	}
	// Only a role kept in the code is copied out of the stack, into the
	// sentence's role block.
	c := acode{base: r.Country, code: r.Code, first: a, last: b, hasActor: true, actor: act, dated: dated, role: s.keepRole(r)}
	if r.Sector == "" {
		c.agents = agents
		c.code = composeCode(r.Country, agents)
	}
	return c, true
}

// titleOf codes "the leaders of Iran" (leaves a..b, a head with no code and
// an "of" phrase naming one country) by the title rule over the whole
// phrase, when it gives that country a sector. It returns nil otherwise.
func (s *sent) titleOf(a, b int, obj []acode) []acode {
	if len(obj) > 1 {
		return s.titleOfEach(a, b, obj)
	}
	if len(obj) != 1 || !obj[0].hasActor || len(obj[0].base) != 3 || len(obj[0].agents) > 0 {
		return nil
	}
	flat := s.codeFlat(a, b)
	if len(flat) != 1 || flat[0].role == nil || flat[0].role.Sector == "" || flat[0].base != obj[0].base {
		return nil
	}
	return flat
}

// titleOfEach codes "the leaders of Armenia and Azerbaijan" (leaves a..b, a
// title head with no code and an "of" phrase naming several countries): the
// head's sector goes to each country, as "the leader of Armenia" is ARMGOV.
// Each country is read with the head's words ("leaders of Armenia"), so a
// region keeps no GOV (actor.Title). It returns nil unless every country is
// bare and takes a sector.
func (s *sent) titleOfEach(a, b int, obj []acode) []acode {
	if !s.c.opt.Titles {
		return nil
	}
	headEnd := obj[0].first // the head and "of": a..headEnd-1
	for _, o := range obj {
		if !o.hasActor || len(o.base) != 3 || o.code != o.base || len(o.agents) > 0 || o.ref != nil || isOffice(o.dated) || o.first < a || o.last > b {
			return nil
		}
		headEnd = min(headEnd, o.first)
	}
	out := make([]acode, 0, len(obj))
	for _, o := range obj {
		words := s.titleWords[:0]
		for i := a; i < headEnd; i++ {
			words = append(words, s.leaves[i].Word)
		}
		for i := o.first; i <= o.last; i++ {
			words = append(words, s.leaves[i].Word)
		}
		s.titleWords = words
		r, ok := actor.Title(words, s.when)
		if !ok || r.Sector == "" || r.Country != o.base {
			return nil
		}
		o.code, o.role = r.Code, &r
		out = append(out, o)
	}
	return out
}
