package coder

import "strings"

// headIsAgent reports whether the last word of a head phrase, leaf he, is
// the last word of one of its agents ("the government of Iran", "soldiers
// from Kenya", "workers of the bus company"): the head names people, whose
// role the actor in its prepositional phrase takes. When the agents come only
// from a modifier of a thing ("the naval blockade of Yugoslavia": NAVAL is
// ~MIL, a blockade is no one) the head adds no role, and the phrase is the
// actor of its object alone (YUG, not YUGMIL).
func (s *sent) headIsAgent(he int, head []acode) bool {
	if !strings.HasPrefix(s.tags[he], "NN") {
		return true // not a plain noun head: keep the old reading
	}
	w := s.words[he]
	for _, c := range head {
		for _, g := range c.agents {
			if g == eliAgent {
				return true // "the former governor": a title made former (former.go)
			}
			if len(g.Words) == 0 {
				continue
			}
			lw := g.Words[len(g.Words)-1]
			if sameNoun(w, lw) {
				return true
			}
		}
	}
	return false
}

// sameNoun reports whether w is the noun n or a regular or common irregular
// plural of it (upper case).
func sameNoun(w, n string) bool {
	switch {
	case w == n, w == n+"S", w == n+"ES":
		return true
	case strings.HasSuffix(n, "Y") && w == n[:len(n)-1]+"IES":
		return true
	case strings.HasSuffix(n, "MAN") && w == n[:len(n)-3]+"MEN":
		return true
	}
	return false
}
