package coder

import "strings"

// Pronoun subjects of adverbial clauses.
//
// "Supporters clashed with police as they tried to break through the
// barricades": the nearest actor before "they" is the police, yet those
// trying are the supporters. A bare pronoun that opens an adverbial clause
// ("as", "after", "when", "while", "where" …) prefers the subject of the
// clause it hangs from over a nearer object, as a possessive in that place
// does (possub.go): wire copy keeps the actor of the main clause as the
// actor of the clause that says when or why it acted ("North Korean troops
// were sent to Russia, where they were expected to fight"). The pronoun
// must agree with that subject in number; otherwise the resolver's nearest
// mention stands.

// adverbialPronoun codes candidate c, a bare subject pronoun right after a
// subordinating conjunction, with the subject of the clause above when they
// agree in number, and reports whether it did.
func (s *sent) adverbialPronoun(c refCand) bool {
	plural, ok := s.subjectPronoun(c)
	if !ok || c.first == 0 {
		return false
	}
	// "where" (WRB) opens a clause of place with the same subject
	// preference as the conjunctions subordinateSubjectAntecedent knows.
	var subj int
	if s.words[c.first-1] == "WHERE" {
		subj = s.clauseSubjectBefore(c.first - 1)
	} else {
		subj = s.subordinateSubjectAntecedent(c.first)
	}
	if subj < 0 || s.mentionPlural(subj) != plural || s.forceOverNearer(subj, c.first) {
		return false
	}
	a := s.actor(&s.nes[subj].codes[0])
	if len(a.Code) < 3 {
		return false
	}
	a.Resolved = resolvedText(a)
	s.referenceEntry(&a, c.first, c.last)
	ref := a
	codes := []acode{{code: a.Code, base: a.Code[:3], first: c.first, last: c.last, hasActor: true, ref: &ref}}
	return s.codeCandidate(c, codes)
}

// forceOverNearer reports whether subject mention subj is a state's force
// (police, military) with another actor mentioned between it and leaf end:
// "police arrested hundreds of supporters of the jailed leader as they
// tried to march", "troops detained villagers after they fled" — what a
// force does to people is told with their own act in the clause after it,
// so the resolver's nearest mention stays the antecedent.
func (s *sent) forceOverNearer(subj, end int) bool {
	code := s.nes[subj].codes[0].code
	if !hasRole(code, forceRoleList) {
		return false
	}
	for j := subj + 1; j < len(s.nes); j++ {
		if m := s.nes[j]; m.last < end && len(m.codes) > 0 && m.codes[0].hasActor {
			return true
		}
	}
	return false
}

// clauseSubjectBefore returns the nearest actor mention ending before leaf
// end that a finite verb or modal follows (the subject of the clause
// holding end), or -1 when there is none or it has more than one code.
func (s *sent) clauseSubjectBefore(end int) int {
	for j := len(s.nes) - 1; j >= 0; j-- {
		m := s.nes[j]
		if m.last >= end || m.last+1 >= len(s.tags) {
			continue
		}
		if t := s.tags[m.last+1]; t != "MD" && !(strings.HasPrefix(t, "VB") && t != "VBG" && t != "VBN") {
			continue
		}
		if len(m.codes) != 1 || !m.codes[0].hasActor {
			return -1
		}
		return j
	}
	return -1
}

// mentionPlural reports whether mention m names more than one: a
// coordination in it or a plural head noun (its last noun).
func (s *sent) mentionPlural(m int) bool {
	n := s.nes[m]
	head := -1
	for i := n.first; i <= n.last; i++ {
		switch s.tags[i] {
		case "CC":
			return true
		case "NN", "NNS", "NNP", "NNPS":
			head = i
		}
	}
	return s.pluralHead(head) // refs_clause.go
}
