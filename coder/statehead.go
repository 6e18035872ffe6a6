package coder

import "github.com/dyadproject/dyad/dict"

// milStrike is the role a state's air strikes give it: "Israeli air
// strikes killed 20 people" is ISRMIL, the force that flies them (the news
// sets' convention: military hardware and units are MIL; fresh2 g-040).
var milStrike = &dict.Agent{Code: "MIL", Phrase: "AIR STRIKES (a state's)"}

// airStrike reports whether the words ending at b are "air strike(s)" or
// "airstrike(s)".
func (s *sent) airStrike(b int) bool {
	switch s.words[b] {
	case "AIRSTRIKE", "AIRSTRIKES":
		return true
	case "STRIKE", "STRIKES":
		return b > 0 && s.words[b-1] == "AIR"
	}
	return false
}

// stateHead adds the MIL role to a phrase headed (the word at b) by air
// strikes whose actor, before the head, is a bare country with no role word
// of its own: "Israeli air strikes" is ISRMIL. Air strikes are not an agent
// of their own: bare "air strikes" name no actor, and a role already named
// ("Saudi-led coalition air strikes") is kept.
func (s *sent) stateHead(b int, actor *dict.Actor, code string, at int, agents []*dict.Agent) []*dict.Agent {
	if actor == nil || len(agents) > 0 || at < 0 || at >= b || len(code) != 3 || !s.airStrike(b) {
		return agents
	}
	return []*dict.Agent{milStrike}
}
