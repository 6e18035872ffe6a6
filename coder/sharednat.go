package coder

import "strings"

// shareNextRole gives a conjunct that is only a nationality adjective the
// role of the conjunct right after it when that conjunct opens with a
// nationality and its role noun: in "Armenian and Azerbaijani foreign
// ministers Ararat Mirzoyan and Jeyhun Bayramov" the parser brackets
// "Armenian" alone and "Azerbaijani foreign ministers Ararat Mirzoyan and
// Jeyhun Bayramov" as a compound of its own, so shareHead, which wants
// the last conjunct to end in the shared noun, leaves "Armenian" a bare
// ARM. The ministers are both sides' (ARMGOV, AZEGOV). The nationality is
// one leaf tagged JJ (an adjective, never a state's name: "Armenia and
// Azerbaijani officials" is the state and the officials), and the next
// conjunct's role noun is a common noun at most three leaves after its
// first, before any proper noun.
func (s *sent) shareNextRole(groups [][]int, all [][]acode) {
	for i := 0; i+1 < len(all); i++ {
		g := groups[i]
		a, b := s.spans[g[0]].first, s.spans[g[len(g)-1]].last
		if a != b || s.tags[a] != "JJ" || len(all[i]) != 1 {
			continue
		}
		c := all[i][0]
		if !c.hasActor || c.code != c.base || len(c.code) != 3 {
			continue
		}
		next := all[i+1][0]
		suffix, ok := strings.CutPrefix(next.code, next.base)
		if !ok || suffix == "" || !next.hasActor || !s.roleNounOpens(groups[i+1]) {
			continue
		}
		c.code = c.base + suffix
		all[i] = []acode{c}
	}
}

// roleNounOpens reports whether the conjunct g opens with a nationality
// (JJ, NNP) and a common noun follows within three leaves, no proper noun
// between: "Azerbaijani foreign ministers ...".
func (s *sent) roleNounOpens(g []int) bool {
	a, b := s.spans[g[0]].first, s.spans[g[len(g)-1]].last
	if t := s.tags[a]; t != "JJ" && t != "NNP" {
		return false
	}
	for l := a + 1; l <= b && l <= a+3; l++ {
		switch s.tags[l] {
		case "NN", "NNS":
			return true
		case "JJ":
		default:
			return false
		}
	}
	return false
}
