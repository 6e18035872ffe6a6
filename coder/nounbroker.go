package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// brokerParts are the participles that, joined to a state's name before a
// peace noun, name the state as its broker: "Norwegian-mediated talks", "a
// Russian-brokered ceasefire".
var brokerParts = map[string]bool{"BROKERED": true, "MEDIATED": true}

// brokeredThings are the nouns a broker's participle can qualify: talks and
// what talks produce.
var brokeredThings = map[string]bool{
	"TALKS": true, "NEGOTIATIONS": true, "DIALOGUE": true, "CEASEFIRE": true, "CEASE-FIRE": true,
	"TRUCE": true, "DEAL": true, "AGREEMENT": true, "ACCORD": true, "SETTLEMENT": true,
}

// brokerModifiers adds the mediation (045) a hyphenated "STATE-brokered" or
// "STATE-mediated" names before talks, a ceasefire or a deal: in
// "Venezuela's government and opposition resumed Norwegian-mediated talks"
// Norway mediates with each party of the act the noun belongs to (README:
// "brokered" gives 045 to each party), as "talks mediated by Norway" does
// (brokerings, hosted.go). The parties are those of the last event coded
// before the modifier, at most two, the broker's own country left out.
func (s *sent) brokerModifiers(evs []dyad.Event) []dyad.Event {
	for i := range s.leaves {
		w := s.words[i]
		if s.del[i] || strings.IndexByte(w, '-') <= 0 {
			continue
		}
		parts, ok := hyphenParts(w)
		last := len(parts) - 1
		if !ok || last < 1 || !brokerParts[parts[last]] {
			continue
		}
		thing := s.brokeredAfter(i)
		if !talkNouns[thing] {
			continue
		}
		idx, n := s.c.d.Actors.Match(parts[:last], 0)
		if idx < 0 || n != last {
			continue
		}
		code, _ := s.c.d.Actors.Entries[idx].CodeAt(s.date)
		if code == "" || strings.HasPrefix(code, nullCode) {
			continue
		}
		b := dyad.Actor{Code: code, Text: s.text(i, i), Span: s.span(i, i)}
		at := s.lastEventBefore(evs, i)
		if at >= 0 && talkNouns[thing] && !strings.HasPrefix(string(evs[at].Code), "04") {
			// Talks agreed to, proposed or sought are not yet held, and
			// nobody has mediated them: "agreed to a second round of
			// Norwegian-mediated talks" is an intent to meet (03).
			continue
		}
		parties := partiesOf(evs, at, code)
		if len(parties) == 0 || len(parties) > 2 {
			continue
		}
		for _, p := range parties {
			if hasEvent(evs, b.Code, p.Code, "045") {
				continue
			}
			evs = append(evs, dyad.Event{Source: b, Target: p, Code: "045", Verb: s.span(i, i), VerbText: s.text(i, i),
				Pattern: "mediation named by a hyphenated participle (coder/nounbroker.go)"})
		}
	}
	return evs
}

// talkNouns are the brokered things that are talks: mediated only once
// held (an event of root 04 at the act).
var talkNouns = map[string]bool{"TALKS": true, "NEGOTIATIONS": true, "DIALOGUE": true}

// brokeredAfter returns the noun of brokeredThings that follows leaf i, at
// most two adjectives or nouns between ("Qatari-mediated peace talks"), or
// "".
func (s *sent) brokeredAfter(i int) string {
	for k := i + 1; k < len(s.words) && k <= i+3; k++ {
		if brokeredThings[s.words[k]] {
			return s.words[k]
		}
		if t := s.tags[k]; t != "JJ" && t != "NN" && t != "HYPH" {
			return ""
		}
	}
	return ""
}
