package coder

import (
	"github.com/dyadproject/dyad"
)

// Mediators in an absolute "with" clause. "Colombian government and FARC
// negotiators opened peace talks outside Oslo, with Norway and Cuba acting
// as mediators" and "Russia freed two Americans in a prisoner exchange,
// with Turkey's intelligence agency coordinating the swap" give a third
// party a broker's role in the main event: CAMEO's 045 (mediate), from the
// broker to each party. The clause has no verb the dictionary codes that
// way, and the comma options dropped it as an aside, actors and all.

// mediatingVerbs head a broker's clause on their own ("with Qatar
// mediating"), as "shuttling" does before "between"; actingVerbs do with "as" and a brokerNouns noun; runVerbs
// with a brokeredNouns object ("coordinating the swap").
var (
	mediatingVerbs = map[string]bool{"MEDIATING": true, "BROKERING": true, "FACILITATING": true}
	actingVerbs    = map[string]bool{"ACTING": true, "SERVING": true}
	brokerNouns    = map[string]bool{"MEDIATOR": true, "MEDIATORS": true, "BROKER": true, "BROKERS": true, "INTERMEDIARY": true, "INTERMEDIARIES": true, "GO-BETWEEN": true, "FACILITATOR": true, "FACILITATORS": true}
	runVerbs       = map[string]bool{"COORDINATING": true, "ARRANGING": true, "OVERSEEING": true}
	brokeredNouns  = map[string]bool{"SWAP": true, "EXCHANGE": true, "TALKS": true, "NEGOTIATIONS": true}
)

// brokerClause returns, for "with" at leaf i, the leaf of the participle
// that gives the noun phrase after it a broker's role (mediatingVerbs,
// "acting as mediators", "coordinating the swap"), or -1. The participle
// must follow the noun phrase with no comma or finite verb between.
func (s *sent) brokerClause(i int) int {
	if i+2 >= len(s.words) || s.words[i] != "WITH" {
		return -1
	}
	for j := i + 1; j < len(s.words) && j-i <= 10; j++ {
		w := s.words[j]
		participle := s.tags[j] == "VBG" || mediatingVerbs[w] || w == "SHUTTLING" || actingVerbs[w] || runVerbs[w] // "Qatar mediating/NN"
		switch t := s.tags[j]; {
		case t == "," || t == ":" || t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" || t == ".":
			return -1
		case participle:
			if j == i+1 {
				return -1
			}
			switch {
			case mediatingVerbs[w]:
				return j
			case w == "SHUTTLING" && j+1 < len(s.words) && s.words[j+1] == "BETWEEN":
				// Shuttle diplomacy: "with the Omani foreign minister
				// shuttling between the two delegations".
				return j
			case actingVerbs[w] && j+2 < len(s.words) && s.words[j+1] == "AS":
				for k := j + 2; k < len(s.words) && k <= j+4; k++ {
					if brokerNouns[s.words[k]] {
						return j
					}
				}
			case runVerbs[w]:
				for k := j + 1; k < len(s.words) && k <= j+3; k++ {
					if brokeredNouns[s.words[k]] {
						return j
					}
				}
			}
			return -1
		}
	}
	return -1
}

// brokerStretch reports whether leaves a..b-1, a stretch set off by a
// comma, open with a broker's "with" clause (brokerClause), which the
// comma options keep so that its actors are found.
func (s *sent) brokerStretch(a, b int) bool {
	return a < b && s.brokerClause(a) >= 0 && s.brokerClause(a) < b
}

// mediators adds 045 from each actor named between "with" and its broker
// participle to each actor of the sentence's events (its parties); a
// sentence with no event, or a broker that is itself a party, adds nothing.
func (s *sent) mediators(evs []dyad.Event) []dyad.Event {
	n := len(evs)
	if n == 0 {
		return evs
	}
	for i := range s.leaves {
		if s.del[i] {
			continue
		}
		j := s.brokerClause(i)
		if j < 0 {
			continue
		}
		var parties []dyad.Actor
		seen := map[string]bool{}
		for _, e := range evs[:n] {
			for _, a := range [2]dyad.Actor{e.Source, e.Target} {
				if a.Code != nullCode && a.Code != "" && !seen[a.Code] {
					seen[a.Code] = true
					parties = append(parties, a)
				}
			}
		}
		for m := range s.nes {
			if s.nes[m].first <= i || s.nes[m].first >= j { // "(NP Egypt mediating/NN)" may hold the participle
				continue
			}
			for k := range s.nes[m].codes {
				b := s.actor(&s.nes[m].codes[k])
				if b.Code == nullCode || seen[b.Code] {
					continue
				}
				for _, p := range parties {
					if sameCountry(b.Code, p.Code) {
						continue
					}
					evs = append(evs, dyad.Event{
						Source:   b,
						Target:   p,
						Code:     "045",
						Verb:     s.span(j, j),
						VerbText: s.leaves[j].Word,
						Pattern:  "broker in a with-clause (coder/mediate.go)",
					})
				}
			}
		}
	}
	return evs
}
