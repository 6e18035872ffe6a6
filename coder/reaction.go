package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// reactionNouns are the reactions a clause reports as drawn from other
// actors: "…, drawing condemnation from Washington".
var reactionNouns = map[string]bool{
	"CONDEMNATION": true, "CONDEMNATIONS": true, "CRITICISM": true, "REBUKE": true, "REBUKES": true,
}

// reactionParticiples are the participles that draw a reaction.
var reactionParticiples = map[string]bool{
	"DRAWING": true, "PROMPTING": true, "SPARKING": true, "TRIGGERING": true,
}

// drawnReactions adds the condemnation (111) a closing participle reports
// as drawn from other actors: in "North Korea conducted a nuclear test,
// drawing swift condemnation from Washington, Tokyo and Seoul" each of them
// condemned North Korea, as the finite "North Korea drew condemnation from
// Japan" is coded (DRAW's "- + * CONDEMNATION FROM $ [111]"). The comma
// options drop such a clause as an aside, and a pattern of the participle
// cannot reach the clause's subject across the object, so the event is
// added here: the reaction named within three words of the participle, then
// "from" and the actors (read in the dropped clause too); the target is the
// subject of the clause the participle closes, or, when that is no actor,
// the source of the event coded last before the participle. Nothing is added when the
// reaction is already coded.
func (s *sent) drawnReactions(evs []dyad.Event) []dyad.Event {
	for i := range s.words {
		if !reactionParticiples[s.words[i]] || s.tags[i] != "VBG" || i == 0 || s.tags[i-1] != "," {
			continue
		}
		k := i + 1
		for k < len(s.words) && k <= i+3 && !reactionNouns[s.words[k]] {
			k++
		}
		if k+2 >= len(s.words) || !reactionNouns[s.words[k]] || s.words[k+1] != "FROM" {
			continue
		}
		for e := range evs {
			if evs[e].Code == "111" && evs[e].Verb.Start >= s.leaves[i].Start {
				return evs
			}
		}
		var tgt dyad.Actor
		if tm := s.subject(i, -1); tm >= 0 && anyActor(s.nes[tm].codes) {
			tgt = s.actor(&s.nes[tm].codes[0])
		} else if act := s.lastEventBefore(evs, i); act >= 0 {
			// The participle closes a relative clause whose subject is
			// no actor ("a resolution that demanded a truce, drawing
			// criticism from France"): the reaction is to the act
			// coded last before it.
			tgt = evs[act].Source
		} else {
			continue
		}
		for _, src := range s.fromList(k + 2) {
			if !src.hasActor || strings.HasPrefix(tgt.Code, src.base) || tgt.Code == nullCode {
				continue
			}
			evs = append(evs, dyad.Event{
				Source:   s.actor(&src),
				Target:   tgt,
				Code:     "111",
				Verb:     s.span(i, i),
				VerbText: s.text(i, i),
				Pattern:  "condemnation drawn from an actor in a closing participle (coder/reaction.go)",
			})
		}
	}
	return evs
}

// fromList returns the codes of the list of actors starting at leaf at,
// "Washington, Tokyo and Seoul", read in kept and dropped clauses alike:
// each next mention must follow the one before with only a comma, "and" or
// a determiner between, and a list of more than one needs its "and".
func (s *sent) fromList(at int) []acode {
	var out []acode
	firstN := 0 // codes of the first mention
	joined := false
	next := at
	for {
		found := false
		for _, ms := range [2][]mention{s.nes, s.hidden} {
			for m := range ms {
				if f := ms[m].first; f >= next && f <= next+2 && s.gapOnly(next, f) {
					for g := next; g < f; g++ {
						joined = joined || s.tags[g] == "CC"
					}
					out = append(out, ms[m].codes...)
					if firstN == 0 {
						firstN = len(out)
					}
					next, found = ms[m].last+1, true
					break
				}
			}
			if found {
				break
			}
		}
		if !found {
			break
		}
	}
	if !joined {
		// "from Japan, South Korean officials said": no "and", no list
		return out[:firstN]
	}
	return out
}

// gapOnly reports whether leaves a..b-1 are only commas, conjunctions and
// determiners.
func (s *sent) gapOnly(a, b int) bool {
	for i := a; i < b; i++ {
		if t := s.tags[i]; t != "," && t != "CC" && t != "DT" {
			return false
		}
	}
	return true
}
