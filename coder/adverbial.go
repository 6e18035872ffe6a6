package coder

// inAdverbialClause reports whether leaf i lies in an adverbial clause — an
// SBAR opened by a subordinator other than that, whether or if ("as", "while",
// "after", "because" ...) around a clause with a subject of its own — that
// does not hold the verb at leaf vi. In "India and Japan pledged to deepen
// their cooperation, as Prime Minister Fumio Kishida visited New Delhi" the
// prime minister is the subject of another act, not the one the pledge is
// made to.
func (s *sent) inAdverbialClause(i, vi int) bool {
	for p := s.parent[s.leafK[i]]; p >= 0; p = s.parent[p] {
		if !isLabel(s.nodes[p].Label, "SBAR") {
			continue
		}
		sp := s.spans[p]
		if vi >= sp.first && vi <= sp.last {
			return false
		}
		if s.tags[sp.first] != "IN" {
			continue
		}
		switch s.words[sp.first] {
		case "AS", "WHILE", "WHEREAS", "THOUGH", "ALTHOUGH":
		default:
			continue
		}
		var buf [8]int
		for _, c := range s.children(p, buf[:0]) {
			if isLabel(s.nodes[c].Label, "S") && s.hasSubject(c) {
				return true
			}
		}
	}
	return false
}

// hasSubject reports whether clause node c has a noun phrase before its
// verb phrase.
func (s *sent) hasSubject(c int) bool {
	var buf [16]int
	np := false
	for _, k := range s.children(c, buf[:0]) {
		switch l := s.nodes[k].Label; {
		case isLabel(l, "NP"):
			np = true
		case isLabel(l, "VP"):
			return np
		}
	}
	return false
}
