package coder

import (
	"strings"

	"github.com/dyadproject/dyad/dict"
)

// subject returns the actor phrase that is the subject of the clause of the
// verb at leaf vi: the noun phrase before the verb phrase in the nearest
// clause that has one, going up through clauses without a subject (to-
// infinitives) and past a subject already used as target. It returns -1 when
// the subject names no actor, -2 when no clause has a subject.
func (s *sent) subject(vi, used int) int {
	e, skipped := s.subjectOf(vi, used, true)
	if e == -2 && skipped {
		// No clause above the one skipped (the modal's, or a report's
		// complement): the parse's own clause is the only one the verb
		// can have ("Jordan's king warned that an
		// offensive would lead to a massacre and urged Washington …",
		// parsed with "urged" beside "would" under the sentence itself).
		e, _ = s.subjectOf(vi, used, false)
	}
	return e
}

// subjectOf is subject; with pastRule a past verb coordinated inside a
// modal's phrase skips the modal's clause (conjoinedPastUnderModal), a
// speech-act participle closing a report skips the reported clause
// (reportClosing, reportComplement: the reporter accuses), a past conjoined
// after "and" in a report whose subject is a thing skips the reported
// clause (reportedThingConjunct: "said the seizure was unacceptable and
// warned Tehran" is the reporter's warning), and skipped reports whether
// any of them did.
func (s *sent) subjectOf(vi, used int, pastRule bool) (e int, skipped bool) {
	child := s.leafK[vi]
	pastUnderModal := false
	closing := pastRule && s.reportClosing(vi) // reporteract.go
	for p := s.parent[child]; p >= 0; child, p = p, s.parent[p] {
		l := s.nodes[p].Label
		if pastRule && !pastUnderModal && isLabel(l, "VP") && s.conjoinedPastUnderModal(vi, p) {
			pastUnderModal = true
		}
		if isLabel(l, "NP") && !s.nodes[child].IsLeaf() && !isLabel(s.nodes[child].Label, "NP") {
			// A verb inside a noun phrase (a relative clause, a reduced
			// relative, a participle after a preposition) is about the noun
			// it modifies, not about the sentence's subject: "Sharon, who
			// has vowed not to return the Golan Heights", "talks expected
			// to be held".
			e := s.headMention(p)
			if e >= 0 && e == used {
				return -1, skipped
			}
			return e, skipped
		}
		if !isClauseLabel(l) {
			continue
		}
		if pastUnderModal {
			// the clause of the modal is not the past verb's own
			pastUnderModal, skipped = false, true
			continue
		}
		if closing && s.spans[p].first < vi && s.reportComplement(p, vi) {
			// "Russia said it was leaving the deal, accusing the West":
			// the report's clause is not the closing accusation's
			closing, skipped = false, true
			continue
		}
		if pastRule && s.reportedThingConjunct(p, child, vi) {
			// "said the seizure was unacceptable and warned Tehran":
			// the reporter's act, not the seizure's (reportedconjunct.go)
			skipped = true
			continue
		}
		// A subjectless clause after "and" shares the subject of the
		// clause before it (sharedsubject.go) even when a stray noun
		// phrase stands between them: "Britain called the vote a farce
		// and summoned the ambassador" may be parsed with "a farce" cut
		// from its verb phrase, and a phrase before the "and" is never
		// the subject of what follows it.
		np := s.conjunctSubject(p, child)
		if np < 0 {
			np = s.npBefore(p, child)
		}
		if np < 0 {
			np = s.promptedController(p) // prompted.go
		}
		if np < 0 {
			np = s.frontedSubject(p, child)
		}
		if np >= 0 && s.isPronoun(np) && !s.coded(np) {
			if e := s.quoteSpeaker(p, np); e >= 0 && e != used {
				return e, skipped
			}
		}
		if np < 0 || s.isPronoun(np) && !s.coded(np) {
			// "Ethiopia indicated it would act": a pronoun subject stands for
			// the subject of the clause above.
			continue
		}
		e := s.nextMention(s.spans[np].first, s.spans[np].last)
		if e >= 0 && e == used {
			continue
		}
		return e, skipped
	}
	return -2, skipped
}

// frontedSubject returns the subject of clause p when its child is an
// adjunct fronted before that subject: the participle or infinitive of
// "After meeting Assad in Damascus, the Iranian minister criticized Israel"
// or "Speaking in Cairo, Mubarak urged ..." is done by the subject that
// follows it (the controller of an opening participle clause in English).
// It returns -1 when child is the clause's own verb phrase or no subject
// follows.
func (s *sent) frontedSubject(p, child int) int {
	// The adjunct opens the clause: a preposition or subordinator ("after",
	// "while", "upon") before a subjectless clause, or a participle.
	if child != p+1 {
		return -1
	}
	first := s.spans[child].first
	switch l := s.nodes[child].Label; {
	case isLabel(l, "PP"), isLabel(l, "SBAR"):
		if s.tags[first] != "IN" {
			return -1
		}
	case isLabel(l, "S"):
		if s.tags[first] != "VBG" && s.tags[first] != "VBN" {
			return -1
		}
	default:
		return -1
	}
	var buf [16]int
	seen := false
	for _, c := range s.children(p, buf[:0]) {
		if c == child {
			seen = true
			continue
		}
		if !seen {
			continue
		}
		switch l := s.nodes[c].Label; {
		case isLabel(l, "NP"):
			return c
		case isLabel(l, "VP"):
			return -1
		}
	}
	return -1
}

// passiveAgent returns the actor of a "by" phrase of a passive verb (a VBN
// after a form of "be"), or -1.
func (s *sent) passiveAgent(vi, ve, lowEnd int) int {
	if s.tags[vi] != "VBN" {
		return -1
	}
	be := false
	for i := vi - 1; i >= 0 && i >= vi-3; i-- {
		if beWord(s.words[i]) {
			be = true
		}
	}
	if !be {
		return -1
	}
	return s.byPhrase(vi)
}

// isPronoun reports whether NP node k is a bare personal pronoun.
func (s *sent) isPronoun(k int) bool {
	sp := s.spans[k]
	return sp.first == sp.last && s.tags[sp.first] == "PRP"
}

// consume marks leaves from..to as used by the verb at leaf vi, except the
// complement clauses of its verb phrase: an SBAR opened by "that", "whether"
// or "if" or by no subordinator at all, or an S with a subject of its own.
func (s *sent) consume(vi, from, to int) {
	vp := s.parent[s.leafK[vi]]
	mark := len(s.chbuf)
	defer func() { s.chbuf = s.chbuf[:mark] }()
	keepA, keepB := -1, -2
	if vp >= 0 { // a verb leaf straight under the root has no phrase
		for _, c := range s.kids(vp) {
			if s.isComplement(c) {
				sp := s.spans[c]
				keepA, keepB = sp.first, sp.last
				break
			}
		}
	}
	for i := from; i <= to && i < len(s.used); i++ {
		if i < keepA || i > keepB {
			s.used[i] = true
		}
	}
	s.keepTimedClauses(vi, from, to) // timed.go
}

func (s *sent) isComplement(k int) bool {
	n := s.nodes[k]
	switch {
	case isLabel(n.Label, "SBAR"):
		first := n.Children[0]
		if isLabel(first.Label, "S") {
			return true
		}
		if first.IsLeaf() && first.Label == "IN" {
			switch strings.ToUpper(first.Word) {
			case "THAT", "WHETHER", "IF":
				return true
			}
		}
	case isLabel(n.Label, "S") && !s.nodes[k].IsLeaf():
		for _, c := range n.Children {
			if isLabel(c.Label, "NP") {
				return true
			}
		}
	}
	return false
}

// coded reports whether NP node k is an actor phrase with codes (a pronoun
// resolved to an earlier mention is one).
func (s *sent) coded(k int) bool {
	m := s.ne[s.spans[k].first]
	return m >= 0 && len(s.nes[m].codes) > 0
}

// prepositional reports whether the verb at leaf i heads a prepositional
// phrase, as Stanford brackets participles used as prepositions: (PP (VBG
// according) (PP (TO to) ...)), (PP (VBG including) (NP ...)), (PP (VBG
// following) (NP ...)). It cites a source or lists members; it reports no
// event of its own.
func (s *sent) prepositional(i int) bool {
	p := s.parent[s.leafK[i]]
	return p >= 0 && isLabel(s.nodes[p].Label, "PP") && s.spans[p].first == i
}

// bareParticiple reports whether the verb at leaf vi is a past participle
// with no auxiliary that modifies a noun or a clause: a reduced relative,
// (NP (NP talks) (VP (VBN expected) ...)), or a participial clause,
// (S (VP (VBN expected) (S (VP (TO to) ...)))) after a comma. Such a
// participle is passive: the subject of the sentence did not do it. It also
// returns the actor phrase of the noun a reduced relative modifies, or -1.
func (s *sent) bareParticiple(vi int) (head int, ok bool) {
	if s.tags[vi] != "VBN" {
		return -1, false
	}
	vp := s.parent[s.leafK[vi]]
	if vp < 0 || !isLabel(s.nodes[vp].Label, "VP") || s.spans[vp].first != vi {
		return -1, false
	}
	up := s.parent[vp]
	if up < 0 {
		return -1, false
	}
	var buf [16]int
	switch l := s.nodes[up].Label; {
	case isLabel(l, "NP"):
		head = -1
		for _, c := range s.children(up, buf[:0]) {
			if c == vp {
				break
			}
			if isLabel(s.nodes[c].Label, "NP") && s.coded(c) {
				head = int(s.ne[s.spans[c].first])
			}
		}
		return head, true
	case isLabel(l, "S"):
		for _, c := range s.children(up, buf[:0]) {
			if c == vp {
				return -1, true
			}
			if isLabel(s.nodes[c].Label, "NP") {
				return -1, false // a clause with a subject
			}
		}
	}
	return -1, false
}

// byPhrase returns the actor of the "by" phrase among the children of the
// verb phrase of leaf vi, or -1.
func (s *sent) byPhrase(vi int) int {
	vp := s.parent[s.leafK[vi]]
	var buf [16]int
	for _, c := range s.children(vp, buf[:0]) {
		if !isLabel(s.nodes[c].Label, "PP") || s.words[s.spans[c].first] != "BY" {
			continue
		}
		if m := s.nextMention(s.spans[c].first, s.spans[c].last); m >= 0 {
			return m
		}
	}
	return -1
}

// headMention returns the actor phrase of the head of noun phrase k, its
// first NP child or its own words, or -1 when the head names no actor.
func (s *sent) headMention(k int) int {
	var buf [16]int
	h := k
	if cs := s.children(k, buf[:0]); len(cs) > 0 && isLabel(s.nodes[cs[0]].Label, "NP") {
		h = cs[0]
	}
	if !s.coded(h) {
		return -1
	}
	return int(s.ne[s.spans[h].first])
}

// enclosingNP returns the noun phrase a verb at leaf vi modifies, as part of
// a relative clause, reduced relative or nominal phrase, or -1 when a clause
// with its own subject comes first.
func (s *sent) enclosingNP(vi int) int {
	child := s.leafK[vi]
	var buf [16]int
	for p := s.parent[child]; p >= 0; child, p = p, s.parent[p] {
		l := s.nodes[p].Label
		if isLabel(l, "NP") && !isLabel(s.nodes[child].Label, "NP") && !s.nodes[child].IsLeaf() {
			return p
		}
		if isClauseLabel(l) {
			for _, c := range s.children(p, buf[:0]) {
				if c == child {
					break
				}
				if isLabel(s.nodes[c].Label, "NP") {
					return -1
				}
			}
		}
	}
	return -1
}

// upperSlotsFit reports whether the actor slots a pattern filled before the
// verb at leaf vi can be the verb's: for a reduced relative, only the noun it
// modifies. In "talks expected to be held in Beijing", HOLD's "- + * &PREPOSIT1
// $ [173]" must not take an actor from an earlier clause as the one held.
//
// Nor may a slot before the verb lie inside another verb's phrase: in "Hu
// met Putin in Moscow and criticized Japan", CRITICIZE's "- $ * +" must not
// take Putin, the object of "met", as the critic.
func (s *sent) upperSlotsFit(m match, vi int) bool {
	np := s.enclosingNP(vi)
	for _, e := range [...]int{m.src, m.tgt, m.comp} {
		if e < 0 || s.nes[e].last >= vi {
			continue
		}
		if np >= 0 && s.nes[e].first < s.spans[np].first || s.inOtherVP(s.nes[e].first, vi) || s.inPlacePP(s.nes[e].first) {
			return false
		}
	}
	return true
}

// inPlacePP reports whether leaf i is inside the object of a preposition of
// place that does not belong to a noun phrase of its own ("marched on the
// embassy in Cairo to protest": Cairo is where, not who). A place in a
// subject ("officials in Tehran") is named with its head and stays.
func (s *sent) inPlacePP(i int) bool {
	for p := s.parent[s.leafK[i]]; p >= 0; p = s.parent[p] {
		if !isLabel(s.nodes[p].Label, "PP") {
			continue
		}
		f := s.spans[p].first
		if f == i {
			continue
		}
		switch s.words[f] {
		case "IN", "AT", "NEAR", "INSIDE", "OUTSIDE", "ACROSS", "THROUGHOUT":
			if up := s.parent[p]; up >= 0 && isLabel(s.nodes[up].Label, "VP") {
				return true
			}
		}
		return false
	}
	return false
}

// inOtherVP reports whether leaf i lies inside a verb phrase that does not
// hold leaf vi.
func (s *sent) inOtherVP(i, vi int) bool {
	for p := s.parent[s.leafK[i]]; p >= 0; p = s.parent[p] {
		if isLabel(s.nodes[p].Label, "VP") && (vi < s.spans[p].first || vi > s.spans[p].last) {
			return true
		}
	}
	return false
}

// reach is the first leaf before the verb at vs that a pattern read as
// words, for dropSays, which keeps a reporting verb's statement beside a
// reported event whose pattern read the reporting verb ("- SAID + * [111]").
// A pattern whose words before the verb name no verb there did not: its $
// may have passed over a pronoun to the speaker ("- $ * + [190]" on "Iran
// said it attacked Kuwait"), or a synset matched the speaker's noun ("-
// &MILITARY * [173]" on "The Israeli army said it had arrested ..."). Then
// the reach is the verb itself.
func (s *sent) reach(p *dict.Pattern, m match, vs int) int {
	if p == nil {
		return m.upPos + 1
	}
	for i := max(m.upPos+1, 0); i < vs; i++ {
		if !strings.HasPrefix(s.tags[i], "VB") {
			continue
		}
		for _, t := range p.Upper {
			switch t.Kind {
			case dict.TWord:
				if t.Word == s.words[i] {
					return m.upPos + 1
				}
			case dict.TSynset:
				for _, ph := range s.c.syn[t.Word] {
					if len(ph) > 0 && ph[0] == s.words[i] {
						return m.upPos + 1
					}
				}
			}
		}
	}
	return vs
}

// pronounSource corrects a pattern's $ that passed over the bare pronoun
// subject of the verb's own clause to some earlier actor: the pronoun stands
// for the subject of the clause above, as subject finds it. In "Iran told
// Iraq that it would attack Kuwait" the attacker is Iran, not Iraq, the
// actor nearest before "it".
func (s *sent) pronounSource(m match, vi int) match {
	if m.src < 0 || s.nes[m.src].last >= vi {
		return m
	}
	child := s.leafK[vi]
	for p := s.parent[child]; p >= 0; child, p = p, s.parent[p] {
		l := s.nodes[p].Label
		if !isClauseLabel(l) {
			continue
		}
		np := s.npBefore(p, child)
		if np < 0 {
			continue
		}
		if !s.isPronoun(np) || s.coded(np) || s.nes[m.src].last >= s.spans[np].first {
			return m // the $ is the clause's subject, or inside the clause
		}
		if e := s.subject(vi, m.tgt); e >= 0 {
			m.src = e
		}
		return m
	}
	return m
}

// conditional reports whether the verb at leaf i is inside a clause opened
// by "if" or "unless": a condition, not an event. "Iran will retaliate if
// Iraq attacks Kuwait" reports no attack on Kuwait.
func (s *sent) conditional(i int) bool {
	for p := s.parent[s.leafK[i]]; p >= 0; p = s.parent[p] {
		n := s.nodes[p]
		if !isLabel(n.Label, "SBAR") || len(n.Children) == 0 {
			continue
		}
		if f := n.Children[0]; f.IsLeaf() && f.Label == "IN" {
			switch strings.ToUpper(f.Word) {
			case "IF", "UNLESS":
				return true
			}
		}
	}
	return false
}

// quoteSpeaker returns the speaker of a quotation whose clause, node cl, has
// the first-person subject np: in `"We will not negotiate with Israel," the
// Syrian president said`, "we" is the president's side. The speaker is the
// subject of a reporting verb that follows the quoted clause in the same
// sentence. It returns -1 when np is not "I" or "we" or no speaker is named.
func (s *sent) quoteSpeaker(cl, np int) int {
	switch s.words[s.spans[np].first] {
	case "I", "WE":
	default:
		return -1
	}
	up := s.parent[cl]
	if up < 0 {
		return -1
	}
	var buf [16]int
	kids := s.children(up, buf[:0])
	after := false
	for j, c := range kids {
		if c == cl {
			after = true
			continue
		}
		if !after || !isLabel(s.nodes[c].Label, "NP") || j+1 >= len(kids) || !isLabel(s.nodes[kids[j+1]].Label, "VP") {
			continue
		}
		v := s.spans[kids[j+1]].first
		if !strings.HasPrefix(s.tags[v], "VB") || !reportVerbs[s.words[v]] || !s.coded(c) {
			return -1
		}
		return int(s.ne[s.spans[c].first])
	}
	return -1
}

// unrealized reports whether the verb at leaf i is inside the to-infinitive
// of a verb that says its act did not or has not yet happened: failed,
// refused, declined, threatened, promised, planned, prepared, wanted, ...
// When that verb codes no event of its own, the infinitive's act is still
// not an event: "Palestinians and Israelis failed to reach agreement" is no
// agreement, "The army prepared to resume shelling" no shelling.
func (s *sent) unrealized(i int) bool {
	child := s.leafK[i]
	for p := s.parent[child]; p >= 0; child, p = p, s.parent[p] {
		n := s.nodes[p]
		if !isLabel(n.Label, "S") || len(n.Children) != 1 || !isLabel(n.Children[0].Label, "VP") {
			if isLabel(n.Label, "NP") && child == s.leafK[i] {
				continue // a gerund read as a noun: "prepared to resume (NP shelling ...)"
			}
			if isLabel(n.Label, "S") || isLabel(n.Label, "SBAR") || isLabel(n.Label, "NP") {
				return false // a clause of its own
			}
			continue
		}
		// (S (VP (TO to) ...)): the verb whose complement it is
		vp := s.parent[p]
		if vp < 0 || !isLabel(s.nodes[vp].Label, "VP") {
			return false
		}
		if s.words[s.spans[p].first] != "TO" {
			return false
		}
		v := s.spans[vp].first
		for v < s.spans[p].first && !strings.HasPrefix(s.tags[v], "VB") {
			v++
		}
		w := s.words[v]
		for _, stem := range unrealStems {
			if strings.HasPrefix(w, stem) {
				return true
			}
		}
		child = p
	}
	return false
}

// unrealStems begin the verbs whose to-infinitive is not (yet) an act.
// Refusing (refuse, decline) is recoded instead, see refuse.go.
var unrealStems = [...]string{
	"FAIL", "THREAT", "PROMIS", "PLAN", "PREPAR", "WANT",
	"INTEND", "HOPE", "SEEK", "SOUGHT", "VOW", "PLEDG", "AGRE",
	"OFFER", "EXPECT", "AIM", "REFRAIN",
}

// npBefore returns the last NP among the children of node p that come before
// its child child (a clause's subject when p is a clause), or -1.
func (s *sent) npBefore(p, child int) int {
	np := -1
	var buf [16]int
	for _, c := range s.children(p, buf[:0]) {
		if c == child {
			break
		}
		if isLabel(s.nodes[c].Label, "NP") {
			np = c
		}
	}
	return np
}

// soleSubject returns the named-entity index of the subject of the verb at
// leaf vi and its one actor code, or -1 and nil when the subject is
// missing, names several codes, or names no actor.
func (s *sent) soleSubject(vi int) (int, *acode) {
	m := s.subject(vi, -1)
	if m < 0 || len(s.nes[m].codes) != 1 || !s.nes[m].codes[0].hasActor {
		return -1, nil
	}
	return m, &s.nes[m].codes[0]
}

// conjoinedPastUnderModal reports whether the verb phrase p is a modal's
// ("would stay and condemned …") and the verb at leaf vi, a past form in
// -ed coordinated after "and" inside it, cannot be the modal's bare
// complement: "Italy said its soldiers would stay and condemned the
// attacks" is Italy condemning, the parse's attachment of the second
// verb phrase under "would" notwithstanding. A form in -ed is never a bare
// verb, so the conjunct belongs to the clause above.
func (s *sent) conjoinedPastUnderModal(vi, p int) bool {
	first := s.spans[p].first
	if s.tags[first] != "MD" || first >= vi || s.tags[vi] != "VBD" || !strings.HasSuffix(s.words[vi], "ED") {
		return false
	}
	for j := first + 1; j < vi; j++ {
		if s.tags[j] == "CC" && s.words[j] == "AND" {
			return j == vi-1
		}
	}
	return false
}
