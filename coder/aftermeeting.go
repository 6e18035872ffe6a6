package coder

import "github.com/dyadproject/dyad"

// A meeting told by a participle after the sentence's verb. `"We are ready
// to deepen our partnership," Wang Yi said after meeting his counterpart
// Mauro Vieira in Beijing`, "Kenya and Ethiopia agreed to share
// intelligence, Murkomen said on Wednesday after meeting his Ethiopian
// counterpart in Nairobi": the speaker met the one named, where the place
// says, and the sets code the meeting as they code "X met Y in Beijing" —
// the guest's visit (042) to the host's country and the host's welcome
// (043). MEET's pattern reads the participle only when the verb before it
// has no pattern of its own ("flew home after meeting …"); after "said",
// "told" or any coded verb the participle stood uncoded, or SAY took the
// one met as the statement's target.
//
// The meeting is the subject's (the controller of an adverbial participle
// in English) with the actor named right after "meeting"; the place is the
// sentence's one locative country (hostvisit.go's meetingPlace), and it
// must be one party's: with no place, or a third country's, who hosted is
// not said and nothing is added. "Before meeting" is not yet a meeting.

// meetingOpeners are the words before "meeting" that make it a meeting
// held: done after it, or while it went on.
var meetingOpeners = map[string]bool{"AFTER": true, "FOLLOWING": true, "WHILE": true}

// afterMeetings adds the 042/043 pair of each participle "after meeting Y".
func (s *sent) afterMeetings(evs []dyad.Event) []dyad.Event {
	for i := 1; i+1 < len(s.words); i++ {
		if s.words[i] != "MEETING" || s.tags[i] != "VBG" || s.del[i] || !meetingOpeners[s.words[i-1]] {
			continue
		}
		o := s.metAfter(i)
		if o < 0 {
			continue
		}
		m := s.subject(i, o)
		if m < 0 || len(s.nes[m].codes) != 1 || !s.nes[m].codes[0].hasActor || len(s.nes[o].codes) != 1 || !s.nes[o].codes[0].hasActor {
			continue
		}
		a, b := s.actor(&s.nes[m].codes[0]), s.actor(&s.nes[o].codes[0])
		if len(a.Code) < 3 || len(b.Code) < 3 || sameCountry(a.Code, b.Code) {
			continue
		}
		place := s.meetingPlace()
		host, guest := a, b
		switch place {
		case a.Code[:3]:
		case b.Code[:3]:
			host, guest = b, a
		default:
			continue
		}
		state := dyad.Actor{Code: host.Code[:3], Text: host.Text, Span: host.Span}
		const pattern = "a meeting named by a participle (coder/aftermeeting.go)"
		evs = s.addAt(evs, dyad.Event{Source: guest, Target: state, Code: "042"}, i, pattern)
		evs = s.addAt(evs, dyad.Event{Source: host, Target: guest, Code: "043"}, i, pattern)
	}
	return evs
}

// metAfter returns the actor mention named right after "meeting" at leaf i
// — its object, with only determiners, possessives and modifiers before
// the name ("his counterpart Mauro Vieira", "the Chinese leader") — or -1.
func (s *sent) metAfter(i int) int {
	for j := i + 1; j < len(s.words) && j <= i+5; j++ {
		if m := int(s.ne[j]); m >= 0 && len(s.nes[m].codes) > 0 {
			return m
		}
		switch s.tags[j] {
		case "DT", "PRP$", "JJ", "NN", "NNP", "POS":
		default:
			return -1
		}
	}
	return -1
}
