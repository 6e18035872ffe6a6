package coder

import "github.com/dyadproject/dyad"

// Releases inside an agreed truce. A ceasefire agreed between a state and
// an armed group "with hostages and prisoners to be freed" promises the
// releases along with it: the news README's thirteenth harmonisation
// (session twenty) adds, for each release the sentence names, the
// releasing party's 0353 ("Express intent to release persons") to the
// captives' state. Hostages are the armed group's captives (its 0353 to
// the state), prisoners the state's (its 0353 to the group's country):
// "Israel and Hamas agreed to a ceasefire and hostage release deal" is
// PSEREBHMS>ISR 0353 beside the 0871 pair.

// truceReleases adds the 0353 rows to an 0871 pair between a state (or its
// organ) and one of its armed adversaries (rebelGroup) when the sentence
// names a release (releaseWords) of hostages or of prisoners.
func (s *sent) truceReleases(evs []dyad.Event) []dyad.Event {
	var hostages, prisoners, release bool
	for _, w := range s.words {
		switch w {
		case "HOSTAGE", "HOSTAGES":
			hostages = true
		case "PRISONER", "PRISONERS":
			prisoners = true
		case "RELEASE", "RELEASES", "RELEASED", "FREED", "FREE", "FREEING", "EXCHANGE", "SWAP":
			release = true
		}
	}
	if !release || !hostages && !prisoners {
		return evs
	}
	n := len(evs)
	for k := 0; k < n; k++ {
		e := evs[k]
		if e.Code != "0871" || !stateOrgan(e.Source.Code) || !rebelGroup(e.Target.Code) ||
			!hasEvent(evs, e.Target.Code, e.Source.Code, "0871") {
			continue
		}
		state, group := e.Source, e.Target
		if hostages && !hasEvent(evs, group.Code, state.Code[:3], "0353") {
			captives := state
			captives.Code = state.Code[:3]
			evs = append(evs, dyad.Event{Source: group, Target: captives, Code: "0353",
				Verb: e.Verb, VerbText: e.VerbText,
				Pattern: "dyad: hostages released under an agreed truce (trucerelease.go)"})
		}
		if prisoners && !hasEvent(evs, state.Code, group.Code[:3], "0353") {
			captives := group
			captives.Code = group.Code[:3]
			evs = append(evs, dyad.Event{Source: state, Target: captives, Code: "0353",
				Verb: e.Verb, VerbText: e.VerbText,
				Pattern: "dyad: prisoners released under an agreed truce (trucerelease.go)"})
		}
	}
	return evs
}
