package coder

import "github.com/dyadproject/dyad"

// actNouns are the nouns an appositive puts in place of the act a clause
// reports: "…, a move Beijing denounced".
var actNouns = map[string]bool{
	"MOVE": true, "STEP": true, "DECISION": true, "RULING": true, "MEASURE": true,
	"VOTE": true, "ACTION": true, "ANNOUNCEMENT": true, "VERDICT": true,
}

// reactionVerbs code the reaction an appositive reports: condemnation
// (111) or praise (051).
var reactionVerbs = map[string]string{
	"DENOUNCED": "111", "CONDEMNED": "111", "CRITICISED": "111", "CRITICIZED": "111",
	"REJECTED": "111", "SLAMMED": "111", "DISMISSED": "111", "DECRIED": "111",
	"BLASTED": "111", "DEPLORED": "111", "BRANDED": "111", "LAMBASTED": "111",
	"WELCOMED": "051", "PRAISED": "051", "HAILED": "051", "APPLAUDED": "051", "LAUDED": "051",
}

// namingVerbs name the act with a complement whose words say the reaction:
// "a step Israel called 'a reward for terrorism'".
var namingVerbs = map[string]bool{"CALLED": true, "DESCRIBED": true, "TERMED": true}

// condemningWords in a naming verb's complement make it a condemnation.
var condemningWords = map[string]bool{
	"UNACCEPTABLE": true, "ILLEGAL": true, "ILLEGITIMATE": true, "PROVOCATIVE": true,
	"PROVOCATION": true, "DANGEROUS": true, "TERRORISM": true, "ABSURD": true, "HOSTILE": true,
	"IRRESPONSIBLE": true, "INTERFERENCE": true, "MISTAKE": true, "VIOLATION": true,
	"NULL": true, "SHAMEFUL": true, "OUTRAGEOUS": true, "UNFRIENDLY": true, "AGGRESSION": true,
	"MOTIVATED": true, "DISGRACE": true, "BLACKMAIL": true, "INVALID": true,
}

// appositiveReactions adds the reaction an appositive after a clause
// reports: in "Japan approved a new security strategy, a move Beijing
// denounced as dangerous" Beijing denounced Japan (111), as "Beijing
// denounced Japan's strategy" is coded. The appositive is a comma, "a" or
// "the", a noun for the act (move, step, decision, ruling, ...), an
// optional "that" or "which" and adjectives, the actors (a list, "Kyiv,
// Washington and the European Union"), adverbs, and a reaction verb:
// denounced, condemned, rejected, dismissed ... (111), welcomed, praised,
// hailed (051), or called / described with a condemning word after it
// ("called 'utterly unacceptable'"). The comma options drop the appositive
// and its verb has no object to take; the target is the subject of the
// sentence's first verb, the actor whose act it was.
func (s *sent) appositiveReactions(evs []dyad.Event) []dyad.Event {
	for i := 2; i+2 < len(s.words); i++ {
		if !actNouns[s.words[i]] || s.tags[i-2] != "," || !(s.words[i-1] == "A" || s.words[i-1] == "THE") {
			continue
		}
		k := i + 1
		for k < len(s.words) && k <= i+3 && !s.hasMention(k) && (s.words[k] == "THAT" || s.words[k] == "WHICH" || s.tags[k] == "JJ" || s.tags[k] == "VBG") {
			k++
		}
		m, ok := s.mentionOf(k)
		if !ok {
			continue
		}
		srcs := s.fromList(m.first)
		if len(srcs) == 0 {
			srcs = m.codes
		}
		k = m.last
		v := k + 1
		for v < len(s.words) && v <= k+14 && !isVerbTag(s.tags[v]) {
			v++
		}
		if v >= len(s.words) || !isVerbTag(s.tags[v]) {
			continue
		}
		code := s.reactionCode(v)
		if code == "" {
			continue
		}
		fv := s.firstVerb()
		if fv >= i {
			continue
		}
		tm := s.subject(fv, -1)
		if tm < 0 || !anyActor(s.nes[tm].codes) {
			continue
		}
		for _, tgt := range s.nes[tm].codes {
			for _, src := range srcs {
				if !tgt.hasActor || !src.hasActor || src.base == tgt.base || hasEvent(evs, s.actor(&src).Code, s.actor(&tgt).Code, code) {
					continue
				}
				evs = append(evs, dyad.Event{
					Source:   s.actor(&src),
					Target:   s.actor(&tgt),
					Code:     dyad.Code(code),
					Verb:     s.span(v, v),
					VerbText: s.text(v, v),
					Pattern:  "reaction to the act an appositive names (coder/movereaction.go)",
				})
			}
		}
	}
	return evs
}

// reactionCode is the code of the reaction verb at leaf v, or "".
func (s *sent) reactionCode(v int) string {
	if c, ok := reactionVerbs[s.words[v]]; ok {
		return c
	}
	if !namingVerbs[s.words[v]] {
		return ""
	}
	for j := v + 1; j < len(s.words) && j <= v+10; j++ {
		if condemningWords[s.words[j]] {
			return "111"
		}
		if s.tags[j] == "." {
			break
		}
	}
	return ""
}

// mentionOf returns the coded mention, kept or dropped, holding leaf i.
func (s *sent) mentionOf(i int) (mention, bool) {
	for _, ms := range [2][]mention{s.nes, s.hidden} {
		for m := range ms {
			if ms[m].first <= i && i <= ms[m].last && len(ms[m].codes) > 0 {
				return ms[m], true
			}
		}
	}
	return mention{}, false
}

// hasMention reports whether a coded mention holds leaf i.
func (s *sent) hasMention(i int) bool {
	_, ok := s.mentionOf(i)
	return ok
}

// isVerbTag reports whether a tag is a verb's.
func isVerbTag(t string) bool { return len(t) >= 2 && t[:2] == "VB" }
