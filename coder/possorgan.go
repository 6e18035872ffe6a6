package coder

import "github.com/dyadproject/dyad/dict"

// possessedOrgan reads "Syrian President Bashar al-Assad's forces", "Putin's
// army" (leaves a..b, the actor found at actorAt) as the organ of the
// possessor's state: SYRMIL, RUSMIL — not the possessor's own code, which
// an office holder's term made the whole phrase (SYRGOV: the title words
// around a name add nothing, and the noun after the possessive was lost
// with them). The words after the possessive must be common nouns or
// adjectives naming one state organ (GOV, MIL, COP, JUD, LEG, SPY: "forces",
// "army", "police", "government") and nothing else; the README's named
// bodies convention codes "Assad's forces" SYRMIL. It returns the organ's
// agent, the possessor's state and the first leaf after the possessive
// (where the organ's own words start), or nil.
func (s *sent) possessedOrgan(a, b, actorAt int, actorCode string) (*dict.Agent, string, int) {
	st := stateOf(actorCode)
	if st == "" {
		return nil, "", 0
	}
	p := -1
	for i := actorAt + 1; i <= b; i++ {
		if s.tags[i] == "POS" {
			p = i
			break
		}
	}
	if p < 0 || p == b {
		return nil, "", 0
	}
	for i := p + 1; i <= b; i++ {
		switch s.tags[i] {
		case "NN", "NNS", "JJ":
		default:
			return nil, "", 0
		}
	}
	ws := s.words[:b+1]
	var organ *dict.Agent
	for i := p + 1; i <= b; {
		idx, end := s.c.d.Agents.Match(ws, i, 3)
		if idx < 0 {
			i++
			continue
		}
		g := &s.c.d.Agents.Entries[idx]
		if organ != nil || g.Before || !officeRoles[g.Code] {
			return nil, "", 0
		}
		organ, i = g, end
	}
	if organ == nil {
		return nil, "", 0
	}
	return organ, st, p + 1
}
