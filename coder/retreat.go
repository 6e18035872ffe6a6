package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// A state's troops giving way, told in a clause beside the act that took
// the ground: "Islamic State militants seized Mosul after government
// troops abandoned their posts", "M23 rebels seized Goma as government
// troops fled". The sets code the flight as the troops' military retreat
// (0874) before the side that took the place — the main clause's subject
// — at low or medium confidence, as they code any story-day act told in
// an "after / as / when / while" clause (testdata/news/README.md). The
// clause has no target of its own ("fled", "abandoned their posts"), so
// the verbs' patterns code nothing there.
//
// The retreat is added when all hold: the clause is opened by one of
// retreatOpeners and tells the story day (storyDayClause: a simple past
// that is not an auxiliary, not negated, no mark of an earlier time — "after
// troops fled the town in 2014" is background); its verb is a flight
// (retreatVerbs; "abandoned" only with posts, positions or bases as its
// object); its subject is the military (MIL) of the state a force event
// (root 19) coded before the clause struck — named so ("Iraqi soldiers"),
// or by an agent alone ("government troops"), which takes that state —
// and that event's source is another state or an armed group.

// retreatOpeners open the clauses whose flight is the story day's.
var retreatOpeners = map[string]bool{"AFTER": true, "AS": true, "WHEN": true, "WHILE": true}

// retreatVerbs are flights in the simple past. "Withdrew" is left out: it
// is as often a withdrawal from talks or a race.
var retreatVerbs = map[string]bool{"FLED": true, "RETREATED": true, "ABANDONED": true, "DESERTED": true}

// retreatPosts are the objects that make "abandoned" a flight.
var retreatPosts = map[string]bool{"POSTS": true, "POSITIONS": true, "BASES": true, "BARRACKS": true, "POST": true, "POSITION": true, "BASE": true}

// retreats adds the 0874 of each clause flight before the main act's
// subject.
func (s *sent) retreats(evs []dyad.Event) []dyad.Event {
	n := len(evs)
	for i, w := range s.words {
		if s.tags[i] != "VBD" || s.del[i] || !retreatVerbs[w] {
			continue
		}
		if w == "ABANDONED" && !s.postsAfter(i) {
			continue
		}
		sb := s.openerAbove(i)
		if sb < 0 {
			continue
		}
		first := s.spans[sb].first
		if !s.storyDayClause(first, s.spans[sb].last) {
			continue
		}
		m := s.subject(i, -1)
		if m < 0 || len(s.nes[m].codes) != 1 {
			continue
		}
		troops := s.actor(&s.nes[m].codes[0])
		if !strings.HasSuffix(troops.Code, "MIL") {
			continue
		}
		for k := 0; k < n; k++ {
			e := evs[k]
			v := s.leafAt(e.Verb.Start)
			if v < 0 || v >= first || !strings.HasPrefix(string(e.Code), "19") || len(e.Target.Code) < 3 || len(e.Source.Code) < 3 {
				continue
			}
			src := troops
			if !isCountryCode(troops.Code[:3]) {
				// "government troops" name no state: theirs is the one
				// the main act struck.
				src.Code = e.Target.Code[:3] + "MIL"
			}
			if !isCountryCode(src.Code[:3]) || src.Code[:3] != e.Target.Code[:3] || sameCountry(e.Source.Code, src.Code) && !armed(e.Source.Code) {
				continue
			}
			const pattern = "a state's troops' flight in a clause beside the act that took the ground (coder/retreat.go)"
			evs = s.addAt(evs, dyad.Event{Source: src, Target: e.Source, Code: "0874"}, i, pattern)
			break
		}
	}
	return evs
}

// postsAfter reports whether the object of "abandoned" at leaf i is posts,
// positions or bases: a determiner or possessive and at most one modifier
// before the noun ("their posts", "its forward positions").
func (s *sent) postsAfter(i int) bool {
	for j := i + 1; j < len(s.words) && j <= i+3; j++ {
		if retreatPosts[s.words[j]] {
			return true
		}
		switch s.tags[j] {
		case "DT", "PRP$", "JJ":
		default:
			return false
		}
	}
	return false
}

// openerAbove returns the node of the nearest SBAR above leaf i opened by
// one of retreatOpeners (a subordinator, or "when" as (WHADVP (WRB when))),
// or -1.
func (s *sent) openerAbove(i int) int {
	for p := s.parent[s.leafK[i]]; p >= 0; p = s.parent[p] {
		if !isLabel(s.nodes[p].Label, "SBAR") {
			continue
		}
		f := s.spans[p].first
		if retreatOpeners[s.words[f]] && (s.tags[f] == "IN" || s.tags[f] == "WRB") {
			return p
		}
		return -1
	}
	return -1
}

// storyDayClause reports whether the clause from its subordinator at leaf
// i to leaf last tells an act of the story day: its first verb is a simple
// past that is not an auxiliary, nothing in it is negated, and no mark of
// an earlier time stands right before the subordinator or inside the
// clause (earlierMarks, a year): "after troops fled in 2014", "days after
// troops fled", "after troops had fled", "when troops did not flee".
func (s *sent) storyDayClause(i, last int) bool {
	if i > 0 && earlierMarks[s.words[i-1]] {
		return false
	}
	verb := false
	for k := i + 1; k <= last; k++ {
		w := s.words[k]
		if earlierMarks[w] || isYear(w) || negWord(w) {
			return false
		}
		if !verb && strings.HasPrefix(s.tags[k], "VB") {
			switch w {
			case "HAD", "WAS", "WERE", "HAS", "HAVE", "IS", "ARE", "BEEN", "DID":
				return false
			}
			if s.tags[k] != "VBD" {
				return false
			}
			verb = true
		}
	}
	return verb
}
