package coder

import "github.com/dyadproject/dyad/dict"

// bareForeign reports whether pattern p, written for another verb of the
// block (scope.go keeps such patterns as a fallback), names nothing but
// prepositions and particles, with no actor slot: "- * TO [042:043]  # HEAD"
// in the ORDER block. Such a pattern's code is the meaning of the verb it
// was written for ("headed to" is a trip), which the words after this verb
// do not carry: "Iran ordered its navy to seize a British tanker" is no
// visit to Britain. Patterns with a content word or a synset ("- * AMBASSADOR
// FROM +", "- * &MILITARY TO +") say what they code in their own words and
// still apply across the block, and so do patterns whose only other words
// are actor slots ("- $ * + [190]", "- * +_TO [100]  # TELL"): round five
// counted those as bare too and lost a CAMEO example (EMBRACE's "- * + [051]"
// read by ACCEPT), and round thirty-six's count on the 42 read dev halves
// found borrowing as a whole right more often than the verb's own code
// (459 borrowed events, 126 exact; no borrowing at all lost 36 exact TP).
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
