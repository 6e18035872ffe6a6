package coder

import "github.com/dyadproject/dyad"

// inquiryNouns name an inquiry whose object, after "into", is the act
// inquired into.
var inquiryNouns = map[string]bool{
	"INQUIRY": true, "INQUIRIES": true, "INVESTIGATION": true, "INVESTIGATIONS": true,
	"PROBE": true, "PROBES": true,
}

// inquiryTopics drops a use of force (roots 18–20) that the sentence names
// only as what an inquiry looks into: "the Pentagon said it had opened an
// inquiry into a U.S. drone strike in Kabul", "dismissed two officers after
// an inquiry into the drone strikes that killed seven aid workers". The
// strike is an earlier day's act, the background of the inquiry; the news
// is the inquiry (or what followed it), and ownStrikes must not read the
// inquirer's words as a claim of the strike. The read sets' dev gold codes
// neither sentence (fresh8 q-192, fresh19 ac-143: no event). It runs
// before ownStrikes. The act is the inquiry's topic when its verb stands
// after "into" with no comma or new clause between, or when its verb takes
// the inquiry as its object ("opened an inquiry into", "launched a
// criminal investigation into": only a determiner, adjectives or nouns
// between).
func (s *sent) inquiryTopics(evs []dyad.Event) []dyad.Event {
	noun := -1
	for i := 0; i+1 < len(s.words); i++ {
		if inquiryNouns[s.words[i]] && s.words[i+1] == "INTO" {
			noun = i
			break
		}
	}
	if noun < 0 {
		return evs
	}
	for k := range evs {
		if s.inquiryTopic(&evs[k], noun) {
			return withoutEvents(evs, func(e *dyad.Event) bool { return s.inquiryTopic(e, noun) })
		}
	}
	return evs
}

// inquiryTopic reports whether e, a use of force, is the topic of the
// inquiry noun at leaf noun (followed by "into").
func (s *sent) inquiryTopic(e *dyad.Event, noun int) bool {
	if r := e.Code.Root(); r != "18" && r != "19" && r != "20" {
		return false
	}
	v := s.leafAt(e.Verb.Start)
	switch {
	case v > noun+1:
		for j := noun + 2; j < v; j++ {
			switch s.words[j] {
			// A comma or a word that opens a new clause: the act after it
			// is told for itself. A relative WHO or WHICH does not end the
			// topic ("an inquiry into the soldiers who shot the students").
			case ",", ";", ":", "AND", "BUT", "AFTER", "BEFORE", "WHILE", "AS", "WHEN", "SINCE",
				"THEN", "BECAUSE", "ALTHOUGH", "THOUGH", "WHEREAS", "UNTIL":
				return false
			}
		}
		return true
	case v >= 0 && v < noun:
		for j := v + 1; j < noun; j++ {
			switch s.tags[j] {
			case "DT", "JJ", "PRP$", "NN", "HYPH", "CD":
			default:
				return false
			}
		}
		return true
	}
	return false
}
