package coder

import (
	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dict"
)

// Future cooperation is an intent. "Iraq said it would release the Kuwaiti
// prisoners" reports no release yet: CAMEO codes the intent to release
// (0353), as it codes "will visit" as an intent to meet (036). A verb whose
// own verb group has "will" or "would" and whose code is a cooperative act
// (roots 04 to 08) takes the intent of the same kind (the 03 family parallels
// the 10 family that demandOf maps to), unless its pattern was written for
// the future ("- WILL * [036]").

// intentOf maps a cooperative act to the intent to do it, or returns c.
func intentOf(c dyad.Code) dyad.Code {
	switch c.Root() {
	case "04", "05", "06", "07", "08":
	default:
		return c
	}
	d := demandOf(c)
	if d == "100" {
		return "030"
	}
	return "03" + d[2:]
}

// future reports whether the verb whose words start at leaf vs is in the
// future or conditional, by its own auxiliaries: "will release", "would not
// have", "'ll meet".
func (s *sent) future(vs int) bool {
	for i := vs - 1; i >= 0 && vs-i <= 4; i-- {
		switch w := s.words[i]; {
		case w == "WILL" || w == "WOULD" || w == "'LL" || w == "SHALL":
			return true
		case s.tags[i] == "RB" || isAux(w) || w == "BE" || w == "BEEN":
		default:
			return false
		}
	}
	return false
}

// futurePattern reports whether pattern p reads a future auxiliary before
// its verb, itself or through a synset (&AUXVERB2).
func (s *sent) futurePattern(p *dict.Pattern) bool {
	if p == nil {
		return false
	}
	for _, t := range p.Upper {
		switch t.Kind {
		case dict.TWord:
			if t.Word == "WILL" || t.Word == "WOULD" {
				return true
			}
		case dict.TSynset:
			for _, ph := range s.c.syn[t.Word] {
				for _, w := range ph {
					if w == "WILL" || w == "WOULD" {
						return true
					}
				}
			}
		}
	}
	return false
}
