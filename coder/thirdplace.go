package coder

import "github.com/dyadproject/dyad"

// thirdPlaceMeetings recodes a meeting (040) held in a country that is
// neither party's as a meeting at a third location (044: "Meet, come
// together, gather with others at a neutral location, some place with
// which none of the attending parties are associated"): "the Armenian
// prime minister met the Azerbaijani president in Prague". The place is
// meetingPlace's one country after a locative preposition; with none, or
// an actor of no country (an international body), the meeting stays 040.
// A meeting beside talks between the same two is dropped first
// (talkedMeetings).
//
// The other way round, a 044 held in one party's country is no third
// location: the verb rows code "X and Y met in Z" 044 whatever Z is, so
// "Erdogan and Putin met in St Petersburg" came out as a neutral meeting.
// By 044's own definition it is a meeting at home, recoded 040, which
// meetingVisits turns into the guest's visit (042) and the host's hosting
// (043), as it does for "Erdogan met Putin in St Petersburg".
func (s *sent) thirdPlaceMeetings(evs []dyad.Event) []dyad.Event {
	evs = talkedMeetings(evs)
	host := ""
	looked := false
	for i := range evs {
		e := &evs[i]
		if e.Code != "040" && e.Code != "044" || !stateActor(e.Source.Code) || !stateActor(e.Target.Code) {
			continue
		}
		if !looked {
			host, looked = s.meetingPlace(), true
		}
		place := s.meetingPlaceOf(host, s.leafAt(e.Verb.Start))
		if place == "" {
			continue
		}
		atSource, atTarget := sameCountry(e.Source.Code, place), sameCountry(e.Target.Code, place)
		switch {
		case e.Code == "040" && !atSource && !atTarget:
			e.Code = "044"
		case e.Code == "044" && atSource != atTarget:
			e.Code = "040"
		}
	}
	return evs
}

// stateActor reports whether an actor code starts with a state's code.
func stateActor(c string) bool { return len(c) >= 3 && isCountryCode(c[:3]) }

// talkedMeetings drops a meeting (040) between two actors the sentence
// also codes as negotiating with each other (046): "Xi and Abe shook hands
// and held their first formal talks" is the talks alone, the sets'
// convention for talks held at a meeting ("held talks" 046, not 040 beside
// it). Filtered in place: no allocation.
func talkedMeetings(evs []dyad.Event) []dyad.Event {
	if !hasCode(evs, "046") {
		return evs
	}
	// hasEvent reads evs while out overwrites its front: safe, because only
	// 040s are dropped, so every 046 stays somewhere in evs.
	out := evs[:0]
	for _, e := range evs {
		if e.Code == "040" && (hasEvent(evs, e.Source.Code, e.Target.Code, "046") || hasEvent(evs, e.Target.Code, e.Source.Code, "046")) {
			continue
		}
		out = append(out, e)
	}
	return out
}
