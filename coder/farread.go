package coder

import "github.com/dyadproject/dyad/dict"

// readsClosingParticiple reports whether the lower part of pattern p, matched
// as m for the verb ending at leaf ve, read past a comma into a participle
// clause that follows the verb's phrase: "Russian and Ukrainian delegations
// held peace talks in Istanbul, agreeing to swap 1,000 prisoners" — HOLD's
// "- * &HOSTAGE [181]" reads the prisoners of the agreement, not of the
// talks. The participle opens an act of its own (coded, if at all, as its
// own verb), so such a match is kept only when no other pattern of the verb
// fits (codeVerbs): a pattern that stops short of the comma wins (HOLD's
// "- * &NEGOTIATION [046]"). INCLUDING and EXCLUDING (", including a former
// prisoner") head a list, not a clause, and do not count; nor does a
// participle of a verbal act (verbalAct: ", warning it could use force",
// ", accusing the bloc of …"), which goes on with the subject's own
// statement and may refine its code; nor does a participle of the verb's
// own root (sameRoot: "visited Poland, travelling on to Kyiv"), which goes
// on with the same act.
func (s *sent) readsClosingParticiple(p *dict.Pattern, m match, ve int, code string) bool {
	if len(p.Lower) == 0 {
		return false
	}
	for q := ve + 1; q+1 < m.lowPos && q+1 < len(s.leaves); q++ {
		if s.tags[q] == "," && s.tags[q+1] == "VBG" && s.words[q+1] != "INCLUDING" && s.words[q+1] != "EXCLUDING" && !s.verbalAct(q+1) && !s.sameRoot(q+1, code) {
			return true
		}
	}
	return false
}

// verbalAct reports whether the verb at leaf i is a dictionary verb of a
// verbal act: a statement or appeal (01, 02), a demand (10), disapproval
// (11), a rejection (12) or a threat (13).
func (s *sent) verbalAct(i int) bool {
	f, _, _ := s.verbAt(i)
	if f == nil || len(f.Code) < 2 {
		return false
	}
	switch f.Code[:2] {
	case "01", "02", "10", "11", "12", "13":
		return true
	}
	return false
}

// sameRoot reports whether the verb at leaf i is a dictionary verb whose
// code has the root (first two digits) of code.
func (s *sent) sameRoot(i int, code string) bool {
	f, _, _ := s.verbAt(i)
	return f != nil && len(f.Code) >= 2 && len(code) >= 2 && f.Code[:2] == code[:2]
}
