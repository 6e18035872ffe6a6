package coder

import "github.com/dyadproject/dyad"

// beForms are the copulas of "X is on a visit to Y".
var beForms = map[string]bool{"IS": true, "ARE": true, "WAS": true, "WERE": true}

// copulaVisits adds the visit a copula states: "Indian Prime Minister
// Narendra Modi is on a two-day visit to Moscow" is INDGOV>RUS 042, as
// "Modi visited Moscow" is. The visitor is the copula's subject; the host
// the actor named right after "visit to" or "trip to" (hostAfter), at most
// three modifiers between "on" and the noun (visitPrep). As for any visit
// noun with its own visitor (nominalVisits), the host's 043 goes only with
// a host named by role; a visit to the visitor's own country adds nothing.
func (s *sent) copulaVisits(evs []dyad.Event) []dyad.Event {
	for i := 1; i+1 < len(s.leaves); i++ {
		if s.del[i] || (s.words[i] != "VISIT" && s.words[i] != "TRIP") || s.tags[i] != "NN" || s.words[i+1] != "TO" {
			continue
		}
		on := s.onBefore(i)
		if on < 1 || !beForms[s.words[on-1]] || len(s.tags[on-1]) < 2 || s.tags[on-1][:2] != "VB" {
			continue
		}
		_, visitor := s.soleSubject(on - 1)
		if visitor == nil {
			continue
		}
		host := s.hostAfter(i + 2)
		if host == nil {
			continue
		}
		if sameCountry(codeOf(visitor), codeOf(host)) {
			continue
		}
		src, h := s.actor(visitor), s.actor(host)
		const pattern = "dyad: visit stated by a copula (nounvisit.go)"
		evs = s.addAt(evs, dyad.Event{Source: src, Target: h, Code: "042"}, i, pattern)
		if host.role != nil {
			evs = s.addAt(evs, dyad.Event{Source: h, Target: src, Code: "043"}, i, pattern)
		}
	}
	return evs
}

// onBefore returns the leaf of "on" before the noun at leaf i, at most three
// determiners, adjectives, numbers or nouns between ("on a two-day state
// visit"), or -1.
func (s *sent) onBefore(i int) int {
	for j, n := i-1, 0; j >= 0 && n <= 3; j, n = j-1, n+1 {
		if s.words[j] == "ON" {
			return j
		}
		switch s.tags[j] {
		case "DT", "JJ", "NN", "CD", "HYPH":
		default:
			return -1
		}
	}
	return -1
}
