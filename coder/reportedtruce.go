package coder

import "github.com/dyadproject/dyad"

// reportingVerbs report what others did.
var reportingVerbs = map[string]bool{
	"SAID": true, "SAYS": true, "ANNOUNCED": true, "ANNOUNCES": true,
	"TOLD": true, "STATED": true, "CONFIRMED": true,
}

// agreeingVerbs are the verbs of parties agreeing to a truce.
var agreeingVerbs = map[string]bool{"ACCEPTED": true, "AGREED": true, "REACHED": true}

// reportedTruces gives a truce the parties agreed to back to them when a
// speaker only reports it: "Biden announced that Israel and Hezbollah had
// accepted a ceasefire" is ISR<>LBNREB 0871 (the truce agreed, each way, as
// the sets code an agreed ceasefire), not USAGOV>ISR and USAGOV>LBNREB
// 0871. The saying block's "- * &CEASEFIRE [0871]" (ANNOUNCE's) reads the
// truce noun inside the reported clause and takes the clause's compound
// subject as its targets (fresh38 av-018, fresh11 t-119). Only a reporting
// verb's two truce events from one source are given back, and only when
// a later agreeing verb ("accepted", "agreed", "reached") has those two
// actors, and no others, as its subject.
func (s *sent) reportedTruces(evs []dyad.Event) []dyad.Event {
	for i := 1; i < len(s.words); i++ {
		if !reportingVerbs[s.words[i]] {
			continue
		}
		first, second := -1, -1
		n := 0
		for k := range evs {
			if evs[k].Code == truceCode && evs[k].Verb.Start == s.leaves[i].Start {
				n++
				if first < 0 {
					first = k
				} else {
					second = k
				}
			}
		}
		if n != 2 || evs[first].Source.Code != evs[second].Source.Code {
			continue
		}
		a, b := evs[first].Target, evs[second].Target
		j := s.agreedBy(i, a.Code, b.Code)
		if j < 0 {
			continue
		}
		const pattern = "dyad: a truce the parties agreed, only reported by the speaker (coder/reportedtruce.go)"
		evs[first] = dyad.Event{Source: a, Target: b, Code: truceCode, Verb: s.span(j, j), VerbText: s.text(j, j), Pattern: pattern}
		evs[second] = dyad.Event{Source: b, Target: a, Code: truceCode, Verb: s.span(j, j), VerbText: s.text(j, j), Pattern: pattern}
		evs = dropRepeats(evs, first, second)
	}
	return evs
}

// agreedBy returns the leaf of an agreeing verb after leaf i whose subject
// is the two actors a and b alone, or -1.
func (s *sent) agreedBy(i int, a, b string) int {
	for j := i + 1; j < len(s.words); j++ {
		if !agreeingVerbs[s.words[j]] {
			continue
		}
		m := s.subject(j, -1)
		if m < 0 || len(s.nes[m].codes) != 2 {
			continue
		}
		x, y := codeOf(&s.nes[m].codes[0]), codeOf(&s.nes[m].codes[1])
		if x == a && y == b || x == b && y == a {
			return j
		}
	}
	return -1
}

// dropRepeats removes evs[second] and then evs[first] (first < second) if
// another event of the same source, target and code is coded.
func dropRepeats(evs []dyad.Event, first, second int) []dyad.Event {
	for _, k := range [2]int{second, first} {
		for o := range evs {
			if o != k && evs[o].Code == evs[k].Code && evs[o].Source.Code == evs[k].Source.Code && evs[o].Target.Code == evs[k].Target.Code {
				evs = append(evs[:k], evs[k+1:]...)
				break
			}
		}
	}
	return evs
}
