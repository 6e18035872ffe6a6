package coder

import "github.com/dyadproject/dyad"

// callPartners adds the telephone call (041, both ways) named by a phrase
// after an act between two parties: "Putin apologised to Aliyev in a
// telephone call" is the apology and the call between the two leaders,
// "Petro and Maduro agreed to hold talks after a phone call" the intent and
// the call. The sets code a telephone call as a reciprocal 041 pair
// (testdata/news/README.md, session eight's harmonisation). phoneCalls
// (phone.go) finds the parties in a coordinated subject or a "with" phrase;
// this takes them from the event the nearest verb before the phrase coded,
// with no comma or other finite verb between, when its two sides are of
// different countries.
func (s *sent) callPartners(evs []dyad.Event) []dyad.Event {
	for i := 2; i < len(s.words); i++ {
		end := s.phonePhrase(i)
		if end < 0 {
			end = s.callAfter(i)
		}
		if end < 0 {
			continue
		}
		e := s.eventBefore(evs, i)
		if e == nil || s.callOfOthers(end, e) {
			continue
		}
		evs = s.callPair(evs, e.Source, e.Target, i, end, "dyad: the call an act was done in (callpair.go)") // phone.go
	}
	return evs
}

// callOfOthers reports whether the call phrase ending at leaf end goes on
// to name a party other than e's two sides: "China criticised Japan after a
// phone call between Biden and Kishida", "... in a telephone call with
// Macron" is not a call between China and Japan. "In a phone call with the
// Turkish president", naming e's own target, is.
func (s *sent) callOfOthers(end int, e *dyad.Event) bool {
	if end+2 >= len(s.words) || s.words[end+1] != "WITH" && s.words[end+1] != "BETWEEN" {
		return false
	}
	for _, c := range s.fromList(end + 2) {
		if code := codeOf(&c); c.hasActor && code != e.Source.Code && code != e.Target.Code {
			return true
		}
	}
	return false
}

// callAfter returns the last leaf of "after / following a (tele)phone call
// / conversation" starting at leaf i, or -1.
func (s *sent) callAfter(i int) int {
	w := s.words
	if w[i] != "AFTER" && w[i] != "FOLLOWING" {
		return -1
	}
	k := i + 1
	if k < len(w) && (w[k] == "A" || w[k] == "THEIR") {
		k++
	}
	if k+1 < len(w) && (w[k] == "TELEPHONE" || w[k] == "PHONE") && (w[k+1] == "CALL" || w[k+1] == "CONVERSATION") {
		return k + 1
	}
	return -1
}

// eventBefore returns the first event of the nearest verb before leaf i
// that coded one, when no comma and no other finite verb stand between
// (an infinitive may: "agreed to hold talks after a phone call") and its
// sides are two different countries' actors; nil otherwise.
func (s *sent) eventBefore(evs []dyad.Event, i int) *dyad.Event {
	best, at := -1, -1
	for k := range evs {
		v := s.leafAt(evs[k].Verb.Start)
		if v >= 0 && v < i && v > at {
			best, at = k, v
		}
	}
	if best < 0 {
		return nil
	}
	for k := at + 1; k < i; k++ {
		switch s.tags[k] {
		case ",", ":", "VBD", "VBZ", "VBP":
			return nil // another clause's verb owns the phrase ("after X spoke by phone with Y")
		}
	}
	e := &evs[best]
	if e.Source.Code == "" || e.Target.Code == "" || e.Source.Code == nullCode || e.Target.Code == nullCode || sameCountry(e.Source.Code, e.Target.Code) {
		return nil
	}
	return e
}
