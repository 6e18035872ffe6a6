package coder

import "github.com/dyadproject/dyad"

// possessiveOfEach codes "their" + a role after two states named together
// by each state with the role: "India and Pakistan said their militaries
// had agreed to a ceasefire" is INDMIL and PAKMIL, "Chile and Peru signed
// a pact after talks between their foreign ministers" CHLGOV and PERGOV.
// The role says which body of each state acted, as "its army" does of one
// (possessive, which reads the agents of the phrase the same way); the
// pronoun alone gave the phrase no actor, so the pair's events fell back
// on the bare states or were lost.
//
// The antecedent is the nearest mention before the pronoun holding codes
// of two states (a country with at most a role: "Russian and Ukrainian
// officials" too). "Their" is plural: a mention of one actor in between
// whose head is singular ("the minister said after hosting their
// delegations") is passed over, a plural one ("the rebels") ends the
// search. Two states only, as the pair references of sides24 and the
// hostings: a list of more is a coalition whose "their" often means some
// of them, and its compound would code each member against every other
// (dev: four navies' "their first joint naval exercises" gave 24 events).
// It reports whether it coded m.
func (s *sent) possessiveOfEach(m, first int) bool {
	cs := s.nes[m].codes
	for _, c := range cs {
		if len(c.agents) == 0 {
			return false
		}
	}
	for j := m - 1; j >= 0; j-- {
		ante := s.nes[j].codes
		if s.nes[j].last >= first || !anyActor(ante) {
			continue
		}
		if len(ante) < 2 {
			if t := s.tags[s.nes[j].last]; t == "NNS" || t == "NNPS" {
				return false // a plural mention of one actor: "the rebels"
			}
			continue // one person or body: no antecedent of "their"
		}
		var states [2]string
		n := 0
		for _, c := range ante {
			k := stateOf(c.code)
			if !c.hasActor || len(k) != 3 {
				return false
			}
			if k == states[0] || (n == 2 && k == states[1]) {
				continue
			}
			if n == 2 {
				return false
			}
			states[n] = k
			n++
		}
		if n != 2 {
			return false
		}
		out := make([]acode, 0, 2*len(cs))
		for i := range ante {
			k := stateOf(ante[i].code)
			if hasStateCode(out, k) {
				continue
			}
			a := s.actor(&ante[i])
			a.Code = k
			s.referenceEntry(&a, first, first)
			for _, c := range cs {
				each := c
				each.base, each.hasActor, each.ref = k, true, &a
				each.code = composeCode(k, c.agents)
				out = append(out, each)
			}
		}
		s.nes[m].codes = out
		return true
	}
	return false
}

// hasStateCode reports whether a code of state k is among cs already.
func hasStateCode(cs []acode, k string) bool {
	for _, c := range cs {
		if c.base == k {
			return true
		}
	}
	return false
}

// partiesNamed returns the parties as the participle's object names them,
// when it names them again with a role: "after hosting their leaders",
// "after mediating talks between their leaders" are the parties' GOV
// (possessiveOfEach gave the phrase a code per state). The object is the
// first actor phrase within four words after the participle at i; it must
// name exactly the parties' states, else the parties stand as they are.
func (s *sent) partiesNamed(i int, parties []dyad.Actor) []dyad.Actor {
	for j := i + 1; j < len(s.words) && j <= i+4; j++ {
		if s.tags[j] == "," || s.tags[j] == "." || s.tags[j] == ":" {
			break
		}
		m := int(s.ne[j])
		if m < 0 {
			continue
		}
		cs := s.nes[m].codes
		if len(cs) != len(parties) || s.words[s.nes[m].first] != "THEIR" {
			return parties
		}
		out := make([]dyad.Actor, 0, len(cs))
		for k := range cs {
			if !cs[k].hasActor || !hasState(parties, cs[k].base) {
				return parties
			}
			out = append(out, s.actor(&cs[k]))
		}
		return out
	}
	return parties
}

// hasState reports whether one of as is of state k ("ETH" of ETH, ETHGOV).
func hasState(as []dyad.Actor, k string) bool {
	for _, a := range as {
		if stateOf(a.Code) == k {
			return true
		}
	}
	return false
}
