package coder

// compoundSides returns, for each member of a compound actor, the side of
// the sentence's coordination it stands on, or nil when the compound is one
// flat list. "Iran and the United States, Britain, France, Germany, Russia
// and China reached a deal" joins Iran to a list of six: the deal is between
// Iran and each of the six, not also among the six. The parser gives that
// shape as NP(Iran) CC NP(list), one conjunct a coordination itself and the
// other not; "Japan, South Korea and the United States held talks" is flat,
// and its members all meet each other.
func (s *sent) compoundSides(cs []acode) []int {
	if len(cs) < 3 {
		return nil
	}
	first, last := cs[0].first, cs[0].last
	for _, c := range cs[1:] {
		first, last = min(first, c.first), max(last, c.last)
	}
	top := -1
	for p := s.parent[s.leafK[first]]; p >= 0; p = s.parent[p] {
		if s.spans[p].first <= first && s.spans[p].last >= last {
			top = p
			break
		}
	}
	if top < 0 || !isLabel(s.nodes[top].Label, "NP") {
		return nil
	}
	var buf [8]int
	kids := s.children(top, buf[:0])
	if len(kids) != 3 || s.nodes[kids[1]].Label != "CC" ||
		!isLabel(s.nodes[kids[0]].Label, "NP") || !isLabel(s.nodes[kids[2]].Label, "NP") ||
		s.coordination(kids[0]) == s.coordination(kids[2]) {
		return nil
	}
	side := make([]int, len(cs))
	var n [2]int
	for i, c := range cs {
		if c.first > s.spans[kids[0]].last {
			side[i] = 1
		}
		n[side[i]]++
	}
	if n[0] == 0 || n[1] == 0 {
		return nil
	}
	return side
}

// coordination reports whether node k is a noun phrase coordinating two or
// more noun phrases: a child CC or comma between noun-phrase children.
func (s *sent) coordination(k int) bool {
	var buf [16]int
	nps, joins := 0, 0
	for _, c := range s.children(k, buf[:0]) {
		switch l := s.nodes[c].Label; {
		case isLabel(l, "NP"):
			nps++
		case l == "CC", l == ",":
			joins++
		}
	}
	return nps >= 2 && joins >= 1
}

// memberPairs returns the ordered pairs of a compound's members that act on
// each other: every pair, or with two sides (compoundSides) only pairs
// across them.
func (s *sent) memberPairs(cs []acode) [][2]int {
	side := s.compoundSides(cs)
	var out [][2]int
	for i := range cs {
		for j := range cs {
			if i != j && (side == nil || side[i] != side[j]) {
				out = append(out, [2]int{i, j})
			}
		}
	}
	return out
}
