package coder

// Coordinated clauses that share one subject. "Britain accused Russia's FSB
// of cyber espionage targeting British politicians, and summoned the Russian
// ambassador" is parsed as two clauses joined by ", and", the second with no
// subject of its own: (S (S (NP Britain) (VP accused ...)) , and (S (VP
// summoned ...))). English leaves the second clause's subject out because it
// is the first's, so Britain summoned the ambassador; without this the
// summoning verb found no subject and took the nearest actor before it,
// here the politicians the espionage targeted. subject (clause.go) asks
// conjunctSubject when a clause has no subject of its own.

// conjunctSubject returns the subject noun phrase of clause p's child when
// the child is a subjectless clause coordinated after a conjunction with an
// earlier clause of p that has a subject ("X did A, and did B"), or -1.
func (s *sent) conjunctSubject(p, child int) int {
	if !isLabel(s.nodes[p].Label, "S") || !isLabel(s.nodes[child].Label, "S") {
		return -1
	}
	var buf [16]int
	kids := s.children(p, buf[:0])
	at := -1
	for i, c := range kids {
		if c == child {
			at = i
			break
		}
	}
	if at < 2 {
		return -1
	}
	// The subjectless clause opens on a finite verb phrase: "and
	// summoned", not a participle ("and citing ...").
	first := s.firstChild(child)
	if first < 0 || !isLabel(s.nodes[first].Label, "VP") {
		return -1
	}
	switch sep := s.nodes[kids[at-1]].Label; {
	case sep == "CC":
	case sep == "," && s.coordinatesVerbs(first):
		// A series of verbs: "India suspended the treaty, expelled the
		// advisers and closed the border" is parsed with the last two
		// verb phrases coordinated in a subjectless clause after the
		// comma; all three are India's.
	default:
		return -1
	}
	switch s.tags[s.spans[first].first] {
	case "VBD", "VBZ", "VBP":
	default:
		return -1
	}
	for i := at - 2; i >= 0; i-- {
		c := kids[i]
		if !isLabel(s.nodes[c].Label, "S") {
			continue
		}
		var cb [16]int
		for _, g := range s.children(c, cb[:0]) {
			if isLabel(s.nodes[g].Label, "VP") {
				return s.npBefore(c, g)
			}
		}
		return -1
	}
	return -1
}

// coordinatesVerbs reports whether verb phrase vp joins verb phrases with a
// conjunction, (VP (VP ...) (CC and) (VP ...)): the tail of a series "did A,
// did B and did C". A lone verb phrase after a comma is not enough — ",
// said the minister" puts its subject after the verb.
func (s *sent) coordinatesVerbs(vp int) bool {
	var buf [16]int
	verbs, cc := 0, false
	for _, c := range s.children(vp, buf[:0]) {
		switch l := s.nodes[c].Label; {
		case l == "CC":
			cc = true
		case isLabel(l, "VP"):
			verbs++
		}
	}
	return cc && verbs >= 2
}

// firstChild returns the first child of node k, or -1 for a leaf.
func (s *sent) firstChild(k int) int {
	if len(s.nodes[k].Children) == 0 {
		return -1
	}
	return k + 1
}
