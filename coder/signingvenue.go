package coder

import "github.com/dyadproject/dyad"

// signingVenues drops a signing whose party is the place it was signed in.
// signingSides' documentation holds that a place the signing was done in
// is not a party's country, but that was done only for a party named by
// its role ("the rebels in Havana"); when the party's phrase is in no
// dictionary, SIGN's "- * &CEASEFIRE WITH +" reads on to the next actor,
// the place itself: "Sudan's army signed a truce with the paramilitary
// forces in Jeddah" was Sudan's army with Saudi Arabia (news.md, round
// thirty-four, signing36's "Noticed and left"). A party of a signing verb
// named right after "in" or "at" past the verb is the venue; the event has
// no second party the sentence names, so it is dropped.
func (s *sent) signingVenues(evs []dyad.Event) []dyad.Event {
	for k := range evs {
		if s.venueParty(&evs[k]) {
			return withoutEvents(evs, s.venueParty)
		}
	}
	return evs
}

// venueParty reports whether event e's verb is a signing verb and one of
// its actors is named right after "in" or "at" later in the sentence.
func (s *sent) venueParty(e *dyad.Event) bool {
	i := s.leafAt(e.Verb.Start)
	if i < 0 || !signingVerbs[s.words[i]] {
		return false
	}
	return s.venueAfter(e.Source.Span, i) || s.venueAfter(e.Target.Span, i)
}

// venueAfter reports whether the actor at span sp starts after leaf i,
// right after "in" or "at".
func (s *sent) venueAfter(sp dyad.Span, i int) bool {
	return sp.Start > s.leaves[i].Start && s.placeLeaf(sp) >= 0
}

// placeLeaf returns the leaf an actor's span sp starts at when the word
// before it is "in" or "at", the actor named as a place ("signed a truce
// in Jeddah", "five Iranians held in the U.S.", "the summit in Wales");
// -1 when sp is empty, starts at no leaf or follows another word. The
// three place rules (signingVenues, heldPlaces, gatheringPlaces) differ
// only in what must stand before the "in" or "at".
func (s *sent) placeLeaf(sp dyad.Span) int {
	if sp.End <= sp.Start {
		return -1
	}
	j := s.leafAt(sp.Start)
	if j < 1 {
		return -1
	}
	switch s.words[j-1] {
	case "IN", "AT":
		return j
	}
	return -1
}
