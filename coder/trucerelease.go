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
// names a release of hostages or of prisoners (releaseNamed) with the
// truce (truceLeaves). It runs after every pass that codes a truce's 0871
// pair (the verb rows, clashes, truceBreaches, brokeredTruces,
// reportedTruces, signedTruces), so a brokered or reported truce gets its
// releases as an agreed one does.
func (s *sent) truceReleases(evs []dyad.Event) []dyad.Event {
	if hostages, prisoners := s.releaseNamed(0, len(s.words)-1); !hostages && !prisoners {
		return evs
	}
	n := len(evs)
	for k := 0; k < n; k++ {
		e := evs[k]
		if e.Code != truceCode || !stateOrgan(e.Source.Code) || !rebelGroup(e.Target.Code) ||
			!hasEvent(evs, e.Target.Code, e.Source.Code, truceCode) {
			continue
		}
		first, last := 0, len(s.words)-1
		if v := s.leafAt(e.Verb.Start); v >= 0 {
			first, last = s.truceLeaves(v)
		}
		hostages, prisoners := s.releaseNamed(first, last)
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

// truceLeaves returns the leaves read for the releases of the truce whose
// verb is leaf v. Only a release told with the truce is part of it ("a
// ceasefire under which hostages will be freed"); one told in a clause of
// its own joined by "and" or "but" ("…, and Hamas released four hostages
// last week") is another act, coded by its own verb. The read starts at
// the truce verb's clause and runs on past its end: the parser hangs a
// relative or "with" phrase on the sentence rather than on the truce's
// clause ("agreed to a truce, with hostages … to be freed"), so the
// clause's own span would lose it. It stops before a conjunction that
// opens a clause with its own subject.
func (s *sent) truceLeaves(v int) (first, last int) {
	first, last = s.clauseLeaves(v)
	for i := last + 1; i < len(s.words); i++ {
		if s.tags[i] == "CC" && i+1 < len(s.words) && s.subjectClauseAt(i+1) {
			break
		}
		last = i
	}
	return first, last
}

// subjectClauseAt reports whether a clause with its own subject (a noun
// phrase first) starts at leaf i.
func (s *sent) subjectClauseAt(i int) bool {
	p := s.clauseAbove(i)
	if p < 0 || s.spans[p].first != i {
		return false
	}
	kids := s.nodes[p].Children
	return len(kids) > 0 && kids[0].Label == "NP"
}

// releaseNamed reports whether leaves first..last name a release (any of
// the release words) of hostages and of prisoners.
func (s *sent) releaseNamed(first, last int) (hostages, prisoners bool) {
	release := false
	for _, w := range s.words[first : last+1] {
		switch w {
		case "HOSTAGE", "HOSTAGES":
			hostages = true
		case "PRISONER", "PRISONERS":
			prisoners = true
		case "RELEASE", "RELEASES", "RELEASED", "FREED", "FREE", "FREEING", "EXCHANGE", "SWAP":
			release = true
		}
	}
	return hostages && release, prisoners && release
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
