package coder

import "github.com/dyadproject/dyad"

// gatheringPlaces drops an event other than a consultation whose party is
// the place a gathering was held in: "cancelled his trip to the G20 summit
// in Johannesburg" is no reduction of relations with South Africa,
// "rejected an invitation to ceasefire talks in Switzerland" none of
// Switzerland, "leaders meeting at the NATO summit in Wales agreed" no
// British pledge. A place named right after "in" or "at" that follows a
// gathering's noun (summit, talks, meeting, conference) is its venue, as
// venueActors (venue.go) holds for a body named after "at" a meeting word;
// the rows read on to the place as the act's other party (news.md, round
// thirty-five, venue38's cause table: ten such events in nine sets' dev
// halves, none in the gold).
//
// Consultations (04) and the intent to meet (036) stay: a host meeting at
// home is a party by the sets' conventions ("the IAEA said after talks in
// Tehran" is the agency's talks with Iran, "North and South Korea will
// hold a summit in Pyongyang" the South's intent to meet the North, the
// visit's 042 goes to the host state), and meetingVisits and its kin
// settle them. A possessor is no place: "consultations at Poland's
// request" are Poland's.
func (s *sent) gatheringPlaces(evs []dyad.Event) []dyad.Event {
	for k := range evs {
		if s.gatheringPlace(&evs[k]) {
			return withoutEvents(evs, s.gatheringPlace)
		}
	}
	return evs
}

// gatheringPlace reports whether event e is no consultation and one of its
// actors is a state or a place in one named right after a gathering's
// noun and "in" or "at".
func (s *sent) gatheringPlace(e *dyad.Event) bool {
	if len(e.Code) < 2 || e.Code[:2] == "04" || e.Code == "036" {
		return false
	}
	return s.afterGathering(e.Source) || s.afterGathering(e.Target)
}

// afterGathering reports whether actor a has a bare state's code and is
// named right after "summit in", "talks at" and the like, and is no
// possessor: the loop reads the actor's leaves and the one that starts
// where its span ends, the "'s" of "at Poland's request".
func (s *sent) afterGathering(a dyad.Actor) bool {
	if len(a.Code) != 3 || !isCountryCode(a.Code) {
		return false
	}
	j := s.placeLeaf(a.Span)
	if j < 2 || !gatheringNouns[s.words[j-2]] {
		return false
	}
	for k := j; k < len(s.leaves) && s.leaves[k].Start <= a.Span.End; k++ {
		if s.tags[k] == "POS" {
			return false
		}
	}
	return true
}

// gatheringNouns are the nouns of gatherings whose place follows them.
var gatheringNouns = map[string]bool{
	"SUMMIT": true, "SUMMITS": true, "CONFERENCE": true, "FORUM": true,
	"MEETING": true, "MEETINGS": true, "TALKS": true, "GATHERING": true,
	"DIALOGUE": true, "NEGOTIATIONS": true, "CONSULTATIONS": true,
}
