package coder

import "github.com/dyadproject/dyad"

// selfWarnings mends a warning whose threat WARN's "warned that X would …"
// pattern aimed at the speaker's own country: the complement's subject is
// then the side that will act, not the one threatened. "Biden warned that
// Washington would respond if Russia used chemical weapons" threatens
// Russia, the actor of the condition ("if" or "unless" and an actor within
// six leaves); with no such actor the threat names no target and is
// dropped. A state's threat of a curfew or a state of emergency on its
// own country (ownTerritory) is aimed there and stays.
func (s *sent) selfWarnings(evs []dyad.Event) []dyad.Event {
	out := evs[:0]
	for _, e := range evs {
		c := string(e.Code)
		st := stateOf(e.Source.Code)
		if len(c) < 3 || c[:2] != "13" || ownTerritory(c) || st == "" || e.Target.Code != st[:3] {
			out = append(out, e)
			continue
		}
		vi := s.leafAt(e.Verb.Start)
		if vi < 0 || !warnWords[s.words[vi]] {
			out = append(out, e)
			continue
		}
		if t, ok := s.conditionActor(vi, st[:3]); ok {
			e.Target = t
			out = append(out, e)
		}
	}
	return out
}

// warnWords are WARN's forms.
var warnWords = map[string]bool{"WARN": true, "WARNS": true, "WARNED": true, "WARNING": true}

// conditionActor returns the actor named within six leaves after the
// first "if" or "unless" after leaf vi, when it is of another side than
// own.
func (s *sent) conditionActor(vi int, own string) (dyad.Actor, bool) {
	for j := vi + 1; j < len(s.words); j++ {
		if s.words[j] != "IF" && s.words[j] != "UNLESS" {
			continue
		}
		m := s.nextMention(j+1, j+6)
		if m < 0 || !s.nes[m].codes[0].hasActor {
			return dyad.Actor{}, false
		}
		a := s.actor(&s.nes[m].codes[0])
		if sd := sideOf(a.Code); sd == "" || sd == own {
			return dyad.Actor{}, false
		}
		return a, true
	}
	return dyad.Actor{}, false
}
