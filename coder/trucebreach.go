package coder

import "github.com/dyadproject/dyad"

// truceBreaches recodes as 196 Violate ceasefire the fighting that a
// sentence reports breaking a ceasefire or truce. 196's usage note codes
// any breach of a truce so, and the sets settled it (fresh3: "a fire
// exchange after a ceasefire took effect is 196"; fresh13: "any breach of
// a truce 196"); the verb of the fight ("exchanged fire", "shelled") gives
// only its family's 190, 193, 194 or 195. The truce must be reported in
// force and broken: fighting "hours after a ceasefire took effect" or
// "since it came into force", "despite the truce", a truce "violated" or
// "breached". A truce that is only talked of ("ceasefire talks", "a truce
// proposal") breaks nothing, and other roots (a threat, an accusation) are
// left alone.
//
// Only the fighting of the clause that reports the breach is recoded: in
// "rebels shelled the town despite the truce, and the army bombed their
// camps a week later" the army's bombing breaks nothing the sentence says.
// That clause is the nearest clause above the truce word that holds a
// fighting verb; all the fights it holds are recoded ("shelled and bombed
// the town despite the truce", both sides of "exchanged fire").
func (s *sent) truceBreaches(evs []dyad.Event) []dyad.Event {
	if len(evs) == 0 {
		return evs
	}
	for i, w := range s.words {
		if truceWords[w] && s.truceBrokenAt(i) {
			s.recodeBreach(evs, i)
		}
	}
	return evs
}

// fighting reports whether code is one truceBreaches recodes.
func fighting(code dyad.Code) bool {
	switch code {
	case "190", "193", "194", "195":
		return true
	}
	return false
}

// recodeBreach recodes as 196 the fights whose verb lies in the nearest
// clause above the broken truce word at leaf t that holds one.
func (s *sent) recodeBreach(evs []dyad.Event, t int) {
	first, last := s.fightClause(evs, t, fightingEvent)
	if first < 0 {
		return
	}
	for k := range evs {
		if v := s.leafAt(evs[k].Verb.Start); fighting(evs[k].Code) && v >= first && v <= last {
			evs[k].Code = "196"
			evs[k].Pattern = "dyad: fighting in breach of a truce (coder/trucebreach.go)"
		}
	}
}

// fightingEvent reports whether e is a fight truceBreaches recodes; it is
// fighting in the shape fightClause takes, as clash.go's armedFight is.
func fightingEvent(e *dyad.Event) bool { return fighting(e.Code) }

// fightClause returns the first and last leaf of the nearest clause above
// leaf t (the whole sentence at the top) that holds the verb of an event
// fight accepts, or -1, -1 when none does: the clause a truce broken or a
// clash named there speaks of.
func (s *sent) fightClause(evs []dyad.Event, t int, fight func(*dyad.Event) bool) (first, last int) {
	for p := s.parent[s.leafK[t]]; p >= 0; p = s.parent[p] {
		if !isClauseLabel(s.nodes[p].Label) && s.parent[p] >= 0 {
			continue
		}
		for k := range evs {
			if !fight(&evs[k]) {
				continue
			}
			if v := s.leafAt(evs[k].Verb.Start); v >= s.spans[p].first && v <= s.spans[p].last {
				return s.spans[p].first, s.spans[p].last
			}
		}
	}
	return -1, -1
}

// truceWords name a ceasefire or truce; truceTalk the words after one that
// make it only a subject of talks.
var (
	truceWords = map[string]bool{"CEASEFIRE": true, "CEASE-FIRE": true, "TRUCE": true, "ARMISTICE": true}
	truceTalk  = map[string]bool{"TALKS": true, "PROPOSAL": true, "PROPOSALS": true, "PLAN": true, "OFFER": true, "NEGOTIATIONS": true, "DEAL": true, "AGREEMENT": true, "CALL": true, "CALLS": true, "DEMAND": true, "DEMANDS": true}
	truceBreak = map[string]bool{"VIOLATED": true, "VIOLATING": true, "VIOLATE": true, "VIOLATES": true, "VIOLATION": true, "VIOLATIONS": true, "BREACHED": true, "BREACHING": true, "BREACH": true, "BREACHES": true}
)

// truceBrokenAt reports whether the truce word at leaf i names a truce in
// force and broken: not followed by a word of talks, and with, within the
// six words before it, "after", "since" or "despite" and, for "after" and
// "since", within the four after it, "effect" or "force" ("hours after a
// ceasefire took effect"); or a breaking word within the three words
// before it ("violated the truce", "violating a ceasefire") or
// "violation(s) of" it.
func (s *sent) truceBrokenAt(i int) bool {
	if i+1 < len(s.words) && truceTalk[s.words[i+1]] {
		return false
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
	return false
}
