package coder

import "github.com/dyadproject/dyad"

// truceBreaches recodes the fighting of a sentence that reports a
// ceasefire or truce broken as 196 Violate ceasefire. 196's usage note
// codes any breach of a truce so, and the sets settled it (fresh3: "a fire
// exchange after a ceasefire took effect is 196"; fresh13: "any breach of
// a truce 196"); the verb of the fight ("exchanged fire", "shelled") gives
// only its family's 190, 193, 194 or 195. The truce must be reported in
// force and broken: fighting "hours after a ceasefire took effect" or
// "since it came into force", "despite the truce", a truce "violated" or
// "breached". A truce that is only talked of ("ceasefire talks", "a truce
// proposal") breaks nothing, and other roots (a threat, an accusation) are
// left alone.
func (s *sent) truceBreaches(evs []dyad.Event) []dyad.Event {
	if len(evs) == 0 || !s.truceBroken() {
		return evs
	}
	for k := range evs {
		switch evs[k].Code {
		case "190", "193", "194", "195":
			evs[k].Code = "196"
			evs[k].Pattern = "dyad: fighting in breach of a truce (coder/trucebreach.go)"
		}
	}
	return evs
}

// truceWords name a ceasefire or truce; truceTalk the words after one that
// make it only a subject of talks.
var (
	truceWords = map[string]bool{"CEASEFIRE": true, "CEASE-FIRE": true, "TRUCE": true, "ARMISTICE": true}
	truceTalk  = map[string]bool{"TALKS": true, "PROPOSAL": true, "PROPOSALS": true, "PLAN": true, "OFFER": true, "NEGOTIATIONS": true, "DEAL": true, "AGREEMENT": true, "CALL": true, "CALLS": true, "DEMAND": true, "DEMANDS": true}
	truceBreak = map[string]bool{"VIOLATED": true, "VIOLATING": true, "VIOLATE": true, "VIOLATES": true, "VIOLATION": true, "VIOLATIONS": true, "BREACHED": true, "BREACHING": true, "BREACH": true, "BREACHES": true}
)

// truceBroken reports whether the sentence names a truce in force and
// broken: a truce word with, within the six words before it, "after",
// "since" or "despite" and, for "after" and "since", within the four
// after it, "effect" or "force" ("hours after a ceasefire took effect");
// or a breaking word within the three words before it ("violated the
// truce", "violating a ceasefire") or "violation(s) of" it.
func (s *sent) truceBroken() bool {
	for i, w := range s.words {
		if !truceWords[w] || i+1 < len(s.words) && truceTalk[s.words[i+1]] {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-6; j-- {
			switch s.words[j] {
			case "DESPITE":
				return true
			case "AFTER", "SINCE":
				for k := i + 1; k < len(s.words) && k <= i+4; k++ {
					if s.words[k] == "EFFECT" || s.words[k] == "FORCE" {
						return true
					}
				}
			}
			if j >= i-3 && truceBreak[s.words[j]] {
				return true
			}
		}
	}
	return false
}
