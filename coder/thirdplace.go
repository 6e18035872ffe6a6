package coder

import "github.com/dyadproject/dyad"

// thirdPlaceMeetings recodes a meeting (040) held in a country that is
// neither party's as a meeting at a third location (044: "Meet, come
// together, gather with others at a neutral location, some place with
// which none of the attending parties are associated"): "the Armenian
// prime minister met the Azerbaijani president in Prague". The place is
// meetingPlace's one country after a locative preposition; with none, or
// an actor of no country (an international body), the meeting stays 040.
func (s *sent) thirdPlaceMeetings(evs []dyad.Event) []dyad.Event {
	host := ""
	looked := false
	for i := range evs {
		e := &evs[i]
		if e.Code != "040" || !stateActor(e.Source.Code) || !stateActor(e.Target.Code) {
			continue
		}
		if !looked {
			host, looked = s.meetingPlace(), true
		}
		if host == "" {
			return evs
		}
		if !sameCountry(e.Source.Code, host) && !sameCountry(e.Target.Code, host) {
			e.Code = "044"
		}
	}
	return evs
}

// stateActor reports whether an actor code starts with a state's code.
func stateActor(c string) bool { return len(c) >= 3 && isCountryCode(c[:3]) }
