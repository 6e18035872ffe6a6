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
// names a release of hostages or of prisoners (any of the release words
// below). It runs on the pairs the verb rows, clashes and truceBreaches
// coded; the truce passes after it in codeVerbs (brokeredTruces,
// reportedTruces, signedTruces) add their 0871 pairs later and are not
// read for releases.
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
		if e.Code != truceCode || !stateOrgan(e.Source.Code) || !rebelGroup(e.Target.Code) ||
			!hasEvent(evs, e.Target.Code, e.Source.Code, truceCode) {
			continue
		}
		state, group := e.Source, e.Target
		if hostages {
			evs = releaseUnderTruce(evs, e, group, state, "dyad: hostages released under an agreed truce (trucerelease.go)")
		}
		if prisoners {
			evs = releaseUnderTruce(evs, e, state, group, "dyad: prisoners released under an agreed truce (trucerelease.go)")
		}
	}
	return evs
}

// releaseUnderTruce appends captor's 0353 to the captives' state (the
// country of the pair's other side, its first three letters) at the truce
// row e's verb, unless the sentence has that row already. The hostages'
// and the prisoners' releases differ only in which side holds whom.
func releaseUnderTruce(evs []dyad.Event, e dyad.Event, captor, held dyad.Actor, pattern string) []dyad.Event {
	if hasEvent(evs, captor.Code, held.Code[:3], "0353") {
		return evs
	}
	held.Code = held.Code[:3]
	return append(evs, dyad.Event{Source: captor, Target: held, Code: "0353",
		Verb: e.Verb, VerbText: e.VerbText, Pattern: pattern})
}
