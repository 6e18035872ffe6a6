package coder

import "github.com/dyadproject/dyad"

// heldPlaces drops an event whose party is the place a thing or a person
// is said to be held in: "the $6 billion held in South Korea", "five
// Iranians held in the U.S.", "reserves held at the New York Federal
// Reserve". "Held" right after a noun is a reduced relative: the noun is
// what is held, the place after "in" or "at" is where, and the holder is
// not named; HOLD's rows (170, and the talks row reading "held ... talks")
// read on to the place as the one held against or talked with (news.md,
// round thirty-five, venue38's cause table: eight such events in six sets'
// dev halves, none in the gold). "Talks held in Doha between Sudan's army
// and the rebels" keeps its parties: only the actor named right after
// "held in" goes.
func (s *sent) heldPlaces(evs []dyad.Event) []dyad.Event {
	for k := range evs {
		if s.heldPlace(&evs[k]) {
			return withoutEvents(evs, s.heldPlace)
		}
	}
	return evs
}

// heldPlace reports whether event e's verb is a reduced-relative "held"
// and one of its actors is named right after the "in" or "at" that
// follows it. The tag is not read: the tagger often makes the participle a
// past tense ("revenues held in South Korea" VBD), and a noun's own "held
// in Cairo" with no object between is the participle in news English.
func (s *sent) heldPlace(e *dyad.Event) bool {
	v := s.leafAt(e.Verb.Start)
	if v < 1 || v+2 >= len(s.words) || s.words[v] != "HELD" {
		return false
	}
	switch s.tags[v-1] {
	case "NN", "NNS", "NNP", "NNPS":
	default:
		return false
	}
	if p := s.words[v+1]; p != "IN" && p != "AT" {
		return false
	}
	return s.placeLeaf(e.Source.Span) == v+2 || s.placeLeaf(e.Target.Span) == v+2
}
