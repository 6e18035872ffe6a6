package coder

import (
	"strings"

	"github.com/dyadproject/dyad/dict"
)

// bareForeign reports whether pattern p, written for another verb of the
// block (scope.go keeps such patterns as a fallback), names nothing but
// prepositions and actor slots: "- * TO [042:043]  # HEAD" in the ORDER
// block. Such a pattern's code is the meaning of the verb it was written
// for ("headed to" is a trip), which the words after this verb do not
// carry: "Iran ordered its navy to seize a British tanker" is no visit to
// Britain. Patterns with a content word or a synset ("- * AMBASSADOR FROM +",
// "- * &MILITARY TO +") say what they code in their own words and still
// apply across the block.
func bareForeign(p *dict.Pattern) bool {
	for _, toks := range [2][]dict.Tok{p.Upper, p.Lower} {
		for _, t := range toks {
			switch t.Kind {
			case dict.TSynset, dict.TSource, dict.TTarget, dict.TCompound:
				return false
			case dict.TWord:
				if !preposition(t.Word) {
					return false
				}
			}
		}
	}
	return true
}

// preposition reports whether an upper-cased pattern word is a preposition
// or particle that says nothing of the act by itself.
func preposition(w string) bool {
	switch w {
	case "TO", "FOR", "FROM", "WITH", "IN", "ON", "AT", "OF", "BY", "INTO", "ONTO", "OVER",
		"AGAINST", "ABOUT", "UPON", "TOWARD", "TOWARDS", "THROUGH", "OUT", "UP", "DOWN", "OFF", "BACK", "AWAY":
		return true
	}
	return false
}

// namesWord reports whether pattern pi of block b was written for a verb
// line spelled as word w: "RALLIED" is a verb line of its own in the
// MOBILIZE block beside "RALLY {RALLIES RALLIED RALLYING}", so "- * AGAINST
// [141]  # RALLIED" is scoped to another verb than the RALLY form the index
// gives for "rallied", yet it was written for that very word.
func (c *Coder) namesWord(b int32, pi int, w string) bool {
	if int(b) >= len(c.scope) || c.scope[b] == nil {
		return false
	}
	for _, v := range c.scope[b][pi] {
		if v == w {
			return true
		}
	}
	return false
}

// wordInPhrase reports whether pattern p, written for another verb of the
// block, finds the first word of its own that it reads after the verb
// (leaves ve+1..lowEnd) before any comma or other verb: in the verb's own
// phrase, not in a clause of another verb. The word says which sense of
// the block the pattern codes; past another verb it is that verb's object:
// ANNOUNCE's "- * OFFENSIVE [138]" on TELL in "told Germany that Israel had
// ended its offensive", SAY's "- * ATTACK [190]" in "announced that the
// leader had died of a heart attack". Patterns whose first token after the
// verb is a synset or an actor slot are left to the other tests, as are
// those of the verb's own sense (parallelSense).
func (s *sent) wordInPhrase(p *dict.Pattern, ve, lowEnd int) bool {
	for _, t := range p.Lower {
		switch t.Kind {
		case dict.TOpen, dict.TClose:
			continue
		case dict.TWord:
			if preposition(t.Word) {
				continue
			}
			for q := ve + 1; q <= lowEnd; q++ {
				if s.words[q] == t.Word {
					return true
				}
				if s.words[q] == "," || strings.HasPrefix(s.tags[q], "VB") {
					return false
				}
			}
			return false
		}
		return true
	}
	return true
}

// parallelSense reports whether pattern p, written for another verb of the
// block, codes an act of verb f's own CAMEO family, or one the sub-code
// table carries into that family (refamily): URGE's appeals (025 ...), tried
// on DEMAND, name what was demanded wherever in the demand's clause their
// word stands ("demanded that Russia stop its offensive and withdraw its
// troops", 1056). Such a pattern is the verb's
// sense with its object named, not another verb's sense, and is exempt from
// wordInPhrase.
func (s *sent) parallelSense(p *dict.Pattern, f *dict.Form) bool {
	own, code := f.Code, p.Code
	if len(own) < 3 || len(code) < 3 || strings.HasPrefix(own, nullCode) || strings.HasPrefix(code, nullCode) {
		return false
	}
	if code[:2] == own[:2] {
		return true
	}
	rf := s.refamily(code, own, nil)
	return len(rf) >= 2 && rf[:2] == own[:2]
}
