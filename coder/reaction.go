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

// angerWords make a plain reaction noun a criticism: "an angry response
// from Beijing" is Beijing's 111, a bare "response" is not.
var angerWords = map[string]bool{
	"ANGRY": true, "FURIOUS": true, "SHARP": true, "STERN": true, "HARSH": true, "FIERCE": true, "INDIGNANT": true,
}

// reactionCode returns the code of the reaction noun at leaf k, or "": the
// condemnation nouns are 111, "protest" an official complaint (114), and
// "response", "reaction" or "reply" 111 after a word of anger ("a furious
// response from Netanyahu"); at leaf 0 no word of anger can stand before it.
func (s *sent) reactionCode(k int) dyad.Code {
	switch w := s.words[k]; {
	case reactionNouns[w]:
		return "111"
	case w == "PROTEST" || w == "PROTESTS":
		return "114"
	case (w == "RESPONSE" || w == "REACTION" || w == "REPLY") && k > 0 && angerWords[s.words[k-1]]:
		return "111"
	}
	return ""
}

// drawsReaction reports whether leaf i opens a drawn reaction: a
// participle after a comma (", drawing ...") or "drew" in a relative
// clause (", a step that drew ...").
func (s *sent) drawsReaction(i int) bool {
	if i == 0 {
		return false
	}
	if s.tags[i] == "VBG" && s.tags[i-1] == "," && reactionParticiples[s.words[i]] {
		return true
	}
	return s.words[i] == "DREW" && (s.words[i-1] == "THAT" || s.words[i-1] == "WHICH")
}

// drawnReactions adds the condemnation (111) a closing participle reports
// as drawn from other actors: in "North Korea conducted a nuclear test,
// drawing swift condemnation from Washington, Tokyo and Seoul" each of them
// condemned North Korea, as the finite "North Korea drew condemnation from
// Japan" is coded (DRAW's "- + * CONDEMNATION FROM $ [111]"). The comma
// options drop such a clause as an aside, and a pattern of the participle
// cannot reach the clause's subject across the object, so the event is
// added here: the reaction named after the participle with at most three
// words between, then "from" and the actors (read in the dropped clause
// too); the target is the subject of the clause the participle closes, or,
// when that is no actor, the source of the event coded last before the
// participle. Nothing is added when the reaction is already coded. "Drew"
// in a relative clause of a closing noun (", a step that drew ...") reads
// the same; a protest drawn is an official complaint (114), and an angry
// response, reaction or reply a criticism (reactionCode).
func (s *sent) drawnReactions(evs []dyad.Event) []dyad.Event {
	for i := range s.words {
		if !s.drawsReaction(i) {
			continue
		}
		k, code := i+1, dyad.Code("")
		for ; k < len(s.words) && k <= i+4; k++ {
			if code = s.reactionCode(k); code != "" {
				break
			}
		}
		if code == "" || k+2 >= len(s.words) || s.words[k+1] != "FROM" {
			continue
		}
		for e := range evs {
			if evs[e].Code == code && evs[e].Verb.Start >= s.leaves[i].Start {
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
				Code:     code,
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
