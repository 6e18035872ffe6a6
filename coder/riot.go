package coder

import "github.com/dyadproject/dyad"

// riots recodes violence by protesters or the opposition against their own
// state's institutions as a violent protest, 145 ("Protest violently,
// riot": demonstrations that turn violent): "supporters of Imran Khan set
// fire to a corps commander's residence and attacked army headquarters"
// is PAKOPP>PAKMIL 145, not an armed attack (190, 193), and "protesters
// hurled stones at the ruling party's offices" not an assault (182). The
// sets code the storming and burning of parliaments, palaces and offices
// so (README: "storming a building: violent protest"). A fight both ways
// stays a fight ("supporters of the cleric exchanged fire with security
// forces" 190 each way), and so does violence at the police, whose
// clashes with a crowd the police rows code (crowd.go's repression beside
// the protest); a protester of another state, or a group with no state
// (rebels), is no rioter here. Two acts that become the same
// riot are one event.
func (s *sent) riots(evs []dyad.Event) []dyad.Event {
	if !s.c.opt.ImpliedTargets {
		return evs
	}
	out := evs[:0]
	for k := range evs {
		e := evs[k]
		if s.rioting(evs, &e) {
			e.Code = "145"
			e.Pattern += "; violence by protesters against their own state: a riot (coder/riot.go)"
			if hasEvent(out, e.Source.Code, e.Target.Code, "145") {
				continue
			}
		}
		out = append(out, e)
	}
	return out
}

// rioting reports whether e is violence (roots 18 and 19) by a state's
// opposition against that state's institutions, with no violence back.
func (s *sent) rioting(evs []dyad.Event, e *dyad.Event) bool {
	c := e.Code
	if len(c) < 3 || c[:2] != "18" && c[:2] != "19" || len(e.Source.Code) != 6 || e.Source.Code[3:] != "OPP" {
		return false
	}
	t := e.Target.Code
	if stateOf(t) != e.Source.Code[:3] || len(t) != 6 || !stateRoles[t[3:]] || t[3:] == "COP" {
		return false
	}
	for _, f := range evs {
		if f.Source.Code == e.Target.Code && f.Target.Code == e.Source.Code && len(f.Code) >= 2 && f.Code[:2] == c[:2] {
			return false // a fight both ways
		}
	}
	return true
}
