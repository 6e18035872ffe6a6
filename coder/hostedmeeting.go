package coder

import "github.com/dyadproject/dyad"

// hostedMeetings drops a meeting (040) between a visitor and his host when
// the same verb gives the visit and its hosting (042, 043): "Blinken met Xi
// Jinping in Beijing" is USAGOV>CHN 042 and CHNGOV>USAGOV 043 (meetingVisits,
// hostvisit.go), not also a meeting each way. The sets code a hosted visit
// where the two met or discussed a matter with no extra 040 (the fresh5
// adjudication, m-146; meeting the counterpart in his capital is the
// hosting, w-164). A meeting with a third party, or one no hosting
// accompanies, stays.
func hostedMeetings(evs []dyad.Event) []dyad.Event {
	return dropEvents(evs, func(i int) bool {
		e := &evs[i]
		if e.Code != "040" {
			return false
		}
		for j := range evs {
			h := &evs[j]
			if h.Code == "043" && h.Verb == e.Verb && samePair(h, e) {
				return true
			}
		}
		return false
	})
}

// samePair reports whether events a and b are between the same two
// countries, in either direction.
func samePair(a, b *dyad.Event) bool {
	return sameCountry(a.Source.Code, b.Source.Code) && sameCountry(a.Target.Code, b.Target.Code) ||
		sameCountry(a.Source.Code, b.Target.Code) && sameCountry(a.Target.Code, b.Source.Code)
}
