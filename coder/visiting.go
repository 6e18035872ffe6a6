package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// visitingGuests adds the visit and its hosting that "visiting" names when
// a state's actor acts on the visitor: "Jordan's King Abdullah told
// visiting German Chancellor Olaf Scholz ...", "Tsai Ing-wen conferred the
// Order of Propitious Clouds on visiting U.S. House Speaker Nancy Pelosi"
// are also the visitor's 042 to the host's state and the host's 043 to the
// visitor: the host is named, so the hosting is reported (the sets'
// convention for 043). A meeting or talks with the visitor (04x) take
// precedence over the visit and add nothing, nor does a refusal (12x:
// "refused to meet Jordan's visiting King Abdullah").
func (s *sent) visitingGuests(evs []dyad.Event) []dyad.Event {
	n := len(evs)
	for i := 0; i < n; i++ {
		e := evs[i]
		c := string(e.Code)
		if strings.HasPrefix(c, "04") || strings.HasPrefix(c, "12") {
			continue
		}
		k := s.visitingAt(e.Target.Span)
		if k < 0 {
			continue
		}
		host := stateOf(e.Source.Code)
		if host == "" || host == stateOf(e.Target.Code) || stateOf(e.Target.Code) == "" {
			continue
		}
		// The two events are the word "visiting"'s, not the host's act's.
		v := e
		v.Code, v.Source, v.Target = "042", e.Target, dyad.Actor{Code: host}
		v.Verb, v.VerbText, v.Pattern = s.span(k, k), s.text(k, k), visitingPattern
		h := e
		h.Code = "043"
		h.Verb, h.VerbText, h.Pattern = v.Verb, v.VerbText, visitingPattern
		for _, a := range [2]dyad.Event{v, h} {
			if !hasEvent(evs, a.Source.Code, a.Target.Code, string(a.Code)) {
				evs = append(evs, a)
			}
		}
	}
	return evs
}

// visitingPattern names the rule in the events visitingGuests adds.
const visitingPattern = "dyad: a visit named by 'visiting' (visiting.go)"

// visitingAt returns the leaf of the "visiting" that modifies the actor
// phrase at span sp — the word opens the phrase or stands right before it
// ("visiting German Chancellor Olaf Scholz") — or -1. An actor with no
// text (an empty span) has none.
func (s *sent) visitingAt(sp dyad.Span) int {
	if sp.End <= sp.Start {
		return -1
	}
	i := s.leafAt(sp.Start)
	switch {
	case i < 0:
		return -1
	case s.words[i] == "VISITING":
		return s.visitorWord(i)
	case i > 0 && s.words[i-1] == "VISITING":
		return s.visitorWord(i - 1)
	}
	return -1
}

// visitorWord returns k when the "visiting" at leaf k is the adjective of
// a guest, or -1 when it is a participle opening an adverbial clause after
// a subordinator ("said after visiting Brazil", "spoke before visiting
// Kenya"): there the phrase that follows is the place visited, and the
// visitor is the clause's subject, not that phrase.
func (s *sent) visitorWord(k int) int {
	if k > 0 {
		switch s.words[k-1] {
		case "AFTER", "BEFORE", "WHILE", "WHEN", "SINCE", "UPON", "UNTIL":
			return -1
		}
	}
	return k
}
