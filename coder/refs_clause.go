package coder

// Pronoun subjects of reported clauses.
//
// In "Iran told Iraq that it would attack Kuwait" the nearest actor before
// "it" is Iraq, yet the attacker is Iran: the bare pronoun subject of a
// clause that a verb takes as its complement prefers the subject of that
// verb's clause over its object (the subject-preference of pronoun
// resolution, and how wire copy reports what an actor said it would do:
// "Uganda said it had paid", "The rebels said they will release"). Such a
// pronoun is left unresolved, so the coder's subject rule (subject, in
// clause.go) gives the verb the clause above's subject, as it does for a
// document with no resolver.

// deferredPronoun reports whether candidate c is a bare subject pronoun
// (he, she, it, they) of a complement clause whose enclosing clause has a
// coded subject that agrees with it in number.
func (s *sent) deferredPronoun(c refCand) bool {
	plural, ok := s.subjectPronoun(c)
	if !ok {
		return false
	}
	sub := s.complementAboveSubject(c)
	if sub < 0 || s.isPronoun(sub) || !s.coded(sub) {
		return false
	}
	return s.pluralNP(sub) == plural
}

// complementAboveSubject returns the subject NP of the clause above when
// candidate c is the whole subject of a clause that a verb takes as its
// complement ("Iran said [it would …]", "told Iraq [that the country
// would …]"), else -1.
func (s *sent) complementAboveSubject(c refCand) int {
	np := s.parent[s.leafK[c.first]]
	if np < 0 || s.spans[np].first != c.first || s.spans[np].last != c.last {
		return -1
	}
	cl := s.parent[np]
	if cl < 0 || !isLabel(s.nodes[np].Label, "NP") || !isLabel(s.nodes[cl].Label, "S") ||
		s.subjectNP(cl, -1) != np {
		return -1
	}
	// The clause is a complement: a VP's child, or an SBAR's that a VP holds.
	up := s.parent[cl]
	if up >= 0 && isLabel(s.nodes[up].Label, "SBAR") {
		if !s.isComplement(up) {
			return -1
		}
		up = s.parent[up]
	}
	if up < 0 || !isLabel(s.nodes[up].Label, "VP") {
		return -1
	}
	// The clause above: the first S that holds the VP with a subject before it.
	child := up
	for p := s.parent[child]; p >= 0; child, p = p, s.parent[p] {
		l := s.nodes[p].Label
		if isLabel(l, "VP") {
			continue
		}
		if !(isLabel(l, "S") || l == "SINV") {
			return -1
		}
		if sub := s.subjectNP(p, child); sub >= 0 {
			return sub
		}
		// An infinitive or participle clause: go up.
	}
	return -1
}

// subjectNP returns the last NP child of clause node cl before its child
// upto (its subject, when upto is the clause's verb phrase), or -1. With
// upto -1 it stops at the first VP child.
func (s *sent) subjectNP(cl, upto int) int {
	np := -1
	j := cl + 1
	for range s.nodes[cl].Children {
		if j == upto || upto < 0 && isLabel(s.nodes[j].Label, "VP") {
			return np
		}
		if isLabel(s.nodes[j].Label, "NP") {
			np = j
		}
		j += s.spans[j].size
	}
	if upto < 0 {
		return -1 // no verb phrase: not a clause with a subject
	}
	return np
}

// pluralNP reports whether noun phrase k names more than one: a coordination,
// or a head noun in the plural ("the rebels", "Palestinians").
func (s *sent) pluralNP(k int) bool {
	sp := s.spans[k]
	for i := sp.first; i <= sp.last; i++ {
		if s.tags[i] == "CC" {
			return true
		}
	}
	// The head: the last noun before a PP, clause or comma inside the phrase.
	head := -1
	for i := sp.first; i <= sp.last; i++ {
		switch t := s.tags[i]; {
		case t == "NN" || t == "NNS" || t == "NNP" || t == "NNPS" || t == "PRP":
			head = i
		case t == "IN" || t == "TO" || t == "," || t == "WDT" || t == "WP" || t == "VBN" || t == "VBG":
			if head >= 0 {
				i = sp.last
			}
		}
	}
	return s.pluralHead(head)
}

// pluralHead reports whether the head noun at leaf head (-1: none) is
// plural, save the plural-looking names of one state or body ("United
// States", "United Nations"). pluralNP and mentionPlural (refs_adverbial.go)
// find the head each their own way and share this test.
func (s *sent) pluralHead(head int) bool {
	if head < 0 {
		return false
	}
	switch s.words[head] {
	case "STATES", "NATIONS", "EMIRATES", "NETHERLANDS", "PHILIPPINES", "ISLANDS", "NEWS":
		return false // names of one state or body
	}
	return s.tags[head] == "NNS" || s.tags[head] == "NNPS"
}

// subjectPronoun reports whether candidate c is one bare subject pronoun
// (he, she, it, they), and whether it is plural.
func (s *sent) subjectPronoun(c refCand) (plural, ok bool) {
	if c.first != c.last || s.tags[c.first] != "PRP" {
		return false, false
	}
	switch s.words[c.first] {
	case "IT", "HE", "SHE":
		return false, true
	case "THEY":
		return true, true
	}
	return false, false
}
