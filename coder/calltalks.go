package coder

import "github.com/dyadproject/dyad"

// callTalks drops a discussion (046) between two parties the sentence also
// codes as a telephone call (041) between the same two, either way round:
// "received a phone call from the Iranian president in which the two
// leaders discussed regional tensions", "discussed the grain corridor in a
// telephone call". The call is the consultation and what was discussed is
// its content, not talks besides it. No dev sentence of the 40 read sets
// has a 046 and a 041 for one pair in its gold; the coder gave both in
// fresh15 y-038, fresh21 ae-005 and fresh32 ap-005 (DISCUSS's "% *
// [046:046]" beside a phone row). The scan comes first so that a sentence
// with nothing to drop builds no closure.
func callTalks(evs []dyad.Event) []dyad.Event {
	for k := range evs {
		if callTalk(evs, &evs[k]) {
			return withoutEvents(evs, func(e *dyad.Event) bool { return callTalk(evs, e) })
		}
	}
	return evs
}

// callTalk reports whether e is a 046 whose pair has a 041 among evs.
func callTalk(evs []dyad.Event, e *dyad.Event) bool {
	if e.Code != "046" {
		return false
	}
	for k := range evs {
		c := &evs[k]
		if c.Code == "041" && (c.Source.Code == e.Source.Code && c.Target.Code == e.Target.Code ||
			c.Source.Code == e.Target.Code && c.Target.Code == e.Source.Code) {
			return true
		}
	}
	return false
}
