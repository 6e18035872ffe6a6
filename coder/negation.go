package coder

import (
	"strings"

	"github.com/dyadproject/dyad/dict"
)

// negated reports whether the verb whose words start at leaf vs is negated
// by its own auxiliaries: "will not allow", "did n't accept", "has never
// recognized". The parser nests these as (VP (MD will) (RB not) (VP (VB
// allow) ...)), so the words before the verb are read back over auxiliaries
// and adverbs only, stopping at the first other word. That word may end a
// subject with "no" or "none of" ("no Russian aircraft had entered", "none of
// the jets crossed"): the clause then says the act did not happen, as "did
// not enter" does (noSubject).
func (s *sent) negated(vs int) bool {
	for i := vs - 1; i >= 0 && vs-i <= 4; i-- {
		if negWord(s.words[i]) {
			return true
		}
		switch t := s.tags[i]; {
		case t == "MD", t == "RB", t == "TO":
		case isAux(s.words[i]):
		default:
			return s.noSubject(i)
		}
	}
	return false
}

// noSubject reports whether the noun phrase ending at leaf end, just before a
// verb, is quantified by "no" or "none of": a subject ("no Russian military
// aircraft had entered", "none of the three ships crossed") or the noun an
// infinitive hangs on ("had no plans to provide", "announced no deal to
// end"), which says as plainly that the act is not done. The phrase is read
// back over nouns, adjectives, numbers and participles only; a "no" after a
// preposition belongs to that preposition's object ("aircraft with no
// transponders entered") and is not read as the verb's negation.
func (s *sent) noSubject(end int) bool {
	for i := end; i >= 0 && end-i <= 5; i-- {
		w, t := s.words[i], s.tags[i]
		switch {
		case w == "NONE":
			return i+1 <= end && s.words[i+1] == "OF"
		case w == "NO" && t == "DT":
			return i == 0 || (s.tags[i-1] != "IN" && s.tags[i-1] != "TO") || s.words[i-1] == "THAT"
		case strings.HasPrefix(t, "NN"), strings.HasPrefix(t, "JJ"), t == "CD", t == "VBN", t == "HYPH",
			i < end && (w == "OF" || w == "THE"):
		default:
			return false
		}
	}
	return false
}

// willNot reports whether the negation of the verb whose words start at leaf
// vs states a will: "will not", "would never", "won't", "shall not". "Could
// not" and "cannot" speak of ability, and a past or perfect negation reports
// an act that did not happen.
func (s *sent) willNot(vs int) bool {
	for i := vs - 1; i >= 0 && vs-i <= 4; i-- {
		switch s.words[i] {
		case "WILL", "WOULD", "SHALL", "'LL", "WO":
			return s.tags[i] == "MD"
		}
		switch t := s.tags[i]; {
		case t == "MD", t == "RB", t == "TO", negWord(s.words[i]):
		case isAux(s.words[i]):
		default:
			return false
		}
	}
	return false
}

// isAux reports whether w is a form of be, have or do.
func isAux(w string) bool {
	switch w {
	case "IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "AM",
		"HAS", "HAVE", "HAD", "HAVING", "DO", "DOES", "DID":
		return true
	}
	return false
}

// negative reports whether pattern p was written for a negated verb: a
// negation word, or a synset with one ("&NEGATVAUXVRB": DID N'T, WILL NOT),
// among the words before the verb ("- WILL NOT * [130]").
func (s *sent) negative(p *dict.Pattern) bool {
	for _, t := range p.Upper {
		switch t.Kind {
		case dict.TWord:
			if negWord(t.Word) {
				return true
			}
		case dict.TSynset:
			for _, ph := range s.c.syn[t.Word] {
				for _, w := range ph {
					if negWord(w) {
						return true
					}
				}
			}
		}
	}
	return false
}

// negWord reports whether w negates a verb.
func negWord(w string) bool {
	switch w {
	case "NOT", "NEVER", "CANNOT":
		return true
	}
	return strings.HasSuffix(w, "N'T")
}

// passive reports whether the verb at leaf vs is a passive participle: a VBN
// not in a perfect tense ("was arrested", "a ship operated by"; not "has
// arrested", unless "has been arrested").
func (s *sent) passive(vs int) bool {
	if s.tags[vs] != "VBN" {
		return false
	}
	for i := vs - 1; i >= 0 && vs-i <= 4; i-- {
		switch w := s.words[i]; {
		case w == "BEEN" || w == "BE" || isAux(w) && w != "HAS" && w != "HAVE" && w != "HAD" && w != "HAVING":
			return true
		case w == "HAS" || w == "HAVE" || w == "HAD" || w == "HAVING":
			return false
		case s.tags[i] == "RB" || s.tags[i] == "MD":
		default:
			return true // a reduced relative: "a ship operated by Greenpeace"
		}
	}
	return true
}

// byAgent reports whether pattern p reads a passive: its target before the
// verb and its source after BY, or after a synset that holds BY ("- + *
// BY_$ [084]", "- + * &PREPOSIT1 $ [173]"). On an active verb such a
// pattern reads the sentence backwards: "Israeli soldiers arrested 100
// Palestinians in Hebron" is not Hebron arresting the soldiers. The same
// holds for a source after a preposition of place ("- + * IN $"). Patterns
// with other words before the source ("- + * FROM $": received money from)
// are lexical and apply to any voice.
func (s *sent) byAgent(p *dict.Pattern) bool {
	up := false
	for _, t := range p.Upper {
		switch t.Kind {
		case dict.TTarget:
			up = true
		case dict.TSource:
			return false
		}
	}
	if !up {
		return false
	}
	for k, t := range p.Lower {
		if t.Kind != dict.TSource || k == 0 {
			continue
		}
		prev := p.Lower[k-1]
		switch prev.Kind {
		case dict.TWord:
			// BY, or a preposition of place as in &PREPOSIT1: "- + * IN $
			// [173]" is "militants arrested in Pakistan"; on "Pakistani
			// police arrested militants in Karachi" it would make Karachi
			// the one arresting the police.
			switch prev.Word {
			case "BY", "IN", "AT", "ON", "NEAR":
				return true
			}
			return false
		case dict.TSynset:
			for _, ph := range s.c.syn[prev.Word] {
				if len(ph) == 1 && ph[0] == "BY" {
					return true
				}
			}
		}
		return false
	}
	return false
}

// beforeBe reports whether the participle at leaf vs follows a form of "be"
// (auxiliaries and adverbs between): "was criticized", "has been attacked".
func (s *sent) beforeBe(vs int) bool {
	if s.tags[vs] != "VBN" {
		return false
	}
	for i := vs - 1; i >= 0 && vs-i <= 4; i-- {
		switch w := s.words[i]; {
		case beWord(w):
			return true
		case s.tags[i] == "RB" || s.tags[i] == "MD" || isAux(w):
		default:
			return false
		}
	}
	return false
}

// voiceFits reports whether a pattern match suits the voice of the verb at
// leaf vs. On a passive ("Israel was criticized by France") the subject is
// the one acted on: an active pattern's $ before the verb would make it the
// actor, and a + on the by-phrase would make the actor the target, reading
// the sentence backwards. Passive patterns ("- + * BY_$") are unaffected.
func (s *sent) voiceFits(m match, vs int) bool {
	if !s.beforeBe(vs) {
		return true
	}
	if m.src >= 0 && s.nes[m.src].last < vs {
		return false
	}
	if m.tgt >= 0 && s.nes[m.tgt].first > vs {
		if by := s.passiveAgent(vs, vs, len(s.leaves)-1); by == m.tgt {
			return false
		}
	}
	// A passive with a by-phrase names who acted: a $ after the verb
	// elsewhere ("Iraq was condemned by the United Nations for its invasion
	// of Kuwait", "- + &AUXVERB1 * OF $") is not the actor.
	if m.src >= 0 && s.nes[m.src].first > vs {
		if by := s.passiveAgent(vs, vs, len(s.leaves)-1); by >= 0 && by != m.src {
			return false
		}
	}
	return true
}

// readsNegated reports whether a pattern's words after the verb at ve reached
// over a negated verb: TELL's "- * ATTACK [190]" on "told Iraq that Iran
// would not attack Kuwait" reads a threat that was denied.
func (s *sent) readsNegated(m match, ve int) bool {
	for j := ve + 1; j < m.lowPos && j < len(s.leaves); j++ {
		if strings.HasPrefix(s.tags[j], "VB") && s.negated(j) {
			return true
		}
	}
	return false
}
