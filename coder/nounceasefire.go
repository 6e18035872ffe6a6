package coder

import (
	"slices"

	"github.com/dyadproject/dyad"
)

// truceNouns are the nouns of a ceasefire in force.
var truceNouns = map[string]bool{
	"CEASEFIRE": true, "CEASE-FIRE": true, "TRUCE": true, "ARMISTICE": true,
}

// ceasefireBreaches recodes as a violation of a ceasefire (196) the
// conventional force (19x) a sentence reports after a ceasefire it names
// took effect: "Thai and Cambodian troops exchanged fire along the border,
// hours after a ceasefire took effect" is 196 both ways, not 193 (196's
// usage note: fighting in breach of a ceasefire is 196 whatever the
// weapons; the news sets settle it so from fresh3 on). The ceasefire must
// be reported in force before the fighting, in a phrase opened by "after"
// whose verb is took effect / took hold / came or went into force or
// effect. Fighting before it, after one that ended or collapsed, or "since"
// one took effect (a count over the whole period, not the day's breach),
// changes nothing.
func (s *sent) ceasefireBreaches(evs []dyad.Event) []dyad.Event {
	lo, hi := s.truceInForce()
	if lo < 0 {
		return evs
	}
	var out []dyad.Event
	for k, e := range evs {
		if e.Code.Root() != "19" || e.Code == "196" {
			continue
		}
		if v := s.leafAt(e.Verb.Start); v >= lo && v <= hi {
			continue
		}
		if out == nil {
			out = slices.Clone(evs)
		}
		out[k].Code = "196"
		out[k].Pattern += "; dyad: force after a ceasefire took effect (nounceasefire.go)"
	}
	if out == nil {
		return evs
	}
	// Two codes of force between one pair ("exchanged fire" and a noun's
	// "fighting") become one violation.
	seen := map[[2]string]bool{}
	return slices.DeleteFunc(out, func(e dyad.Event) bool {
		if e.Code != "196" {
			return false
		}
		p := [2]string{e.Source.Code, e.Target.Code}
		if seen[p] {
			return true
		}
		seen[p] = true
		return false
	})
}

// truceInForce returns the first and last leaf of the phrase that reports a
// ceasefire in force before the sentence's fighting ("after a ceasefire
// brokered by Malaysia took effect", "despite the truce"), or -1, -1.
func (s *sent) truceInForce() (int, int) {
	for i := range s.leaves {
		w := s.words[i]
		if !truceNouns[w] || !nounTag(s.tags[i]) {
			continue
		}
		if j := s.truceOpener(i); j >= 0 {
			if end, ok := s.inForceFrom(i + 1); ok {
				return j, end
			}
		}
	}
	return -1, -1
}

// truceOpener returns the leaf of the word that opens the ceasefire noun's
// phrase at leaf i ("after" in "hours after a week-long truce"), at most
// four determiners, adjectives, nouns, numbers or hyphens between, or -1.
func (s *sent) truceOpener(i int) int {
	for j, n := i-1, 0; j >= 0 && n <= 4; j, n = j-1, n+1 {
		if s.words[j] == "AFTER" {
			return j
		}
		if !nounModifier(s.tags[j]) {
			return -1
		}
	}
	return -1
}

// inForceFrom reports whether the first finite verb from leaf k, within
// twelve leaves and before any comma that follows it, says a ceasefire took
// effect (inForce: took effect / hold, came or went into force), and
// returns its last leaf. A "by" phrase may stand between ("a ceasefire
// brokered by Malaysia's prime minister took effect").
func (s *sent) inForceFrom(k int) (int, bool) {
	for j := k; j < len(s.words) && j <= k+12; j++ {
		switch s.tags[j] {
		case ",", ":", ".":
			return -1, false
		case "VBD", "VBZ", "VBP":
			if j+1 < len(s.words) && s.words[j+1] == "BY" {
				continue // "brokered/VBD by Malaysia"
			}
			if !s.pairVerb(j, inForce) {
				return -1, false
			}
			if s.words[j] == "TOOK" || s.words[j] == "TAKES" {
				return j + 1, true
			}
			return j + 2, true
		}
	}
	return -1, false
}
