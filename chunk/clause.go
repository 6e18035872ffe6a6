package chunk

import "strings"

// Clauses and the sentence.

// clause reads a clause at i: fronted adjuncts, a subject noun phrase and a
// verb phrase, (S (PP ...) (, ,) (NP ...) (ADVP ...) (VP ...)). It returns
// nil when no verb phrase is found.
func (s *state) clause(i int) (*node, int) {
	b := s.p.buf()
	defer func() { s.p.put(b) }()
	k := i
	// Fronted adjuncts: "On Monday,", "After the talks ended,", "However,".
	for k < s.end {
		t := s.tag(k)
		switch {
		case t == "``":
			b = append(b, s.leaf(k))
			k++
			continue
		case (t == "IN" || t == "WRB") && s.is(subordinators, k) && (s.startsClause(k+1) || s.tag(k+1) == "PRP"):
			cl, k2 := s.clause(k + 1)
			if cl != nil && s.tag(k2) == "," {
				comp := s.leaf(k)
				if t == "WRB" {
					comp = s.p.mk("WHADVP", comp)
				}
				b = append(b, s.p.mk("SBAR", comp, cl), s.leaf(k2))
				k = k2 + 1
				continue
			}
		case t == "IN" || t == "TO":
			adj, comma := s.frontedPP(k)
			if adj != nil && s.verbNext(comma+1) {
				// The comma is followed by the verb: the subject went into
				// the adjunct as an apposition of its last noun ("In a
				// statement on Monday, the ministry, which …, said"). An
				// adjunct ends at its first comma when a clause starts
				// right after it.
				if c := s.commaBefore(k, comma); c > 0 && s.clauseAfter(c) {
					if short, c2 := s.within(k, c+1, s.frontedPP); short != nil && c2 == c {
						adj, comma = short, c
					}
				}
			}
			if adj != nil {
				b = append(b, adj...)
				b = append(b, s.leaf(comma))
				k = comma + 1
				continue
			}
			pp, k2 := s.pp(k)
			if pp != nil && s.npStart(k2) && s.startsClause(k2) {
				b = append(b, pp)
				k = k2
				continue
			}
		case s.adverbialNP(k) && k == i && s.startsClause(k+1):
			// "Tuesday the Serbian parliament approved"
			tn, k2 := s.baseNP(k)
			b = append(b, s.p.mk("NP-TMP", tn.Children...))
			k = k2
			continue
		case (t == "RB" || t == "CC") && s.tag(k+1) == ",":
			b = append(b, s.p.mk("ADVP", s.leaf(k)), s.leaf(k+1))
			k += 2
			continue
		case s.accordingTo(k):
			// "According to reports(,) the UK is pushing"
			pp, k2 := s.according(k)
			if pp != nil && s.tag(k2) == "," {
				b = append(b, pp, s.leaf(k2))
				k = k2 + 1
				continue
			}
			if pp != nil && s.startsClause(k2) {
				b = append(b, pp)
				k = k2
				continue
			}
		case t == "VBG" && k == i:
			// "Speaking to reporters, X said": a participial clause
			v, k2 := s.vp(k)
			if v != nil && s.tag(k2) == "," {
				b = append(b, s.p.mk("S", v), s.leaf(k2))
				k = k2 + 1
				continue
			}
		}
		break
	}
	subj, k2 := s.np(k, subject)
	if subj != nil {
		// "Last week, Arnor ...": a time noun phrase before the subject
		if s.tag(k2) == "," && s.npStart(k2+1) && s.startsClause(k2+1) && !s.startsClause(k) {
			b = append(b, subj, s.leaf(k2))
			subj, k2 = s.np(k2+1, subject)
		}
	}
	if subj != nil {
		b = append(b, subj)
		k = k2
		// "Greece, like most members, plans", "al-Bashir, following the
		// deal, has taken": a parenthetical between commas before the verb
		if s.tag(k) == "," {
			if adj, k3 := s.parenthetical(k + 1); adj != nil && s.tag(k3) == "," && isVerb(s.tag(k3+1)) {
				b = append(b, s.leaf(k), adj, s.leaf(k3))
				k = k3 + 1
			}
		}
	}
	if subj != nil && s.adverbialNP(k) && isVerb(s.tag(k+1)) {
		// "Iran today threatened": like Stanford, the time phrase joins the
		// subject, (NP (NP (NNP Iran)) (NP-TMP (NN today)))
		tn, k2 := s.baseNP(k)
		b[len(b)-1] = s.p.mk("NP", subj, s.p.mk("NP-TMP", tn.Children...))
		k = k2
	}
	if subj != nil && s.tag(k) == "TO" && isVerb(s.tag(k+1)) {
		// "Iran's decision to expel two diplomats angered Baghdad": the
		// infinitive modifies the subject when the clause's verb follows
		if inf, k2 := s.vp(k); inf != nil {
			j := k2
			for s.tag(j) == "RB" {
				j++
			}
			if isFinite(s.tag(j)) {
				b[len(b)-1] = s.p.mk("NP", subj, s.p.mk("S", inf))
				k = k2
			}
		}
	}
	if subj != nil && s.tag(k) == "VBG" {
		// "A plane carrying 40 tonnes of supplies landed in Beirut",
		// "Syrians fleeing the offensive massed at the border": a
		// participle right after the subject is a reduced relative on it
		// when the clause's verb follows its phrase; read as the clause's
		// own verb it left "landed" a clause with no subject.
		if part, k2 := s.vp(k); part != nil {
			j := k2
			for s.tag(j) == "RB" {
				j++
			}
			if isFinite(s.tag(j)) || s.tag(j) == "VBN" && s.startsVP(j) {
				b[len(b)-1] = s.p.mk("NP", subj, part)
				k = k2
			}
		}
	}
	if subj != nil && s.compoundParticiple(k) {
		// "Taliban ruled Afghanistan has been sharing": "Taliban-ruled
		// Afghanistan" written without its hyphen is one noun phrase
		s.toks[k].Tag = "VBN"
		s.leaves[k] = nil
		nb := s.p.buf()
		nb = append(nb, subj, s.leaf(k))
		j := k + 1
		for ; s.tag(j) == "NNP" || s.tag(j) == "NNPS"; j++ {
			nb = append(nb, s.leaf(j))
		}
		b[len(b)-1] = s.p.mk("NP", nb...)
		s.p.put(nb)
		k = j
	}
	if subj != nil && s.tag(k) == "``" && (isVerb(s.tag(k+1)) || s.tag(k+1) == "RB") {
		// a quotation that starts with the verb: (S (NP ...) (`` ``) (VP ...))
		b = append(b, s.leaf(k))
		k++
	}
	for s.tag(k) == "RB" && isVerb(s.tag(k+1)) {
		b = append(b, s.p.mk("ADVP", s.leaf(k)))
		k++
	}
	if subj != nil && s.tag(k) == "VBN" && s.startsVP(k) {
		// "The United States accused Moscow": a clause's first verb is finite
		s.toks[k].Tag = "VBD"
		s.leaves[k] = nil
	}
	vp, k3 := s.vp(k)
	if vp == nil {
		return nil, i
	}
	b = append(b, vp)
	return s.p.mk("S", b...), k3
}

// sentence parses all tokens into (ROOT (S ...)). Tokens the grammar cannot
// place are attached flat, so every token is a leaf exactly once and in order.
func (s *state) sentence() *node {
	n := len(s.toks)
	s.end = min(n, maxTokens)
	if cap(s.p.memo) < n {
		s.p.memo = make([]int8, n)
	}
	s.memo = s.p.memo[:n]
	clear(s.memo)
	s.leaves = grow(&s.p.leaves, n)
	s.base = grow(&s.p.base, n)
	for r := range s.nps {
		s.nps[r] = grow(&s.p.nps[r], n)
	}
	if n == 0 {
		return s.p.mk("ROOT", s.p.mk("S", s.p.emptyLeaf()))
	}
	s.retagLyNouns()
	s.retagAdverbAdjectives()
	s.retagNounAdjectives()
	s.retagPhrasalVerbs()
	s.retagParticles()
	s.retagOpeningParticiple()
	s.retagOpeningGerund()
	s.retagAfterRelative()
	s.retagAdverbPrepositions()
	s.retagFalseModals()
	s.retagHyphenatedNames()
	s.retagSubordinatePast()
	s.retagPastAfterWeekday()
	s.retagPresentAfterBodies()
	s.retagQuotedVerb()      // partialquote.go
	s.retagHeadlinePresent() // headline.go
	s.retagSubjectPast()     // irregular.go
	s.repairSubjunctive()
	s.retagGerundSubject()
	b := s.p.buf()
	defer func() { s.p.put(b) }()
	k := 0
	for k < s.end && s.tag(k) == "``" {
		b = append(b, s.leaf(k)) // an opening quote stays outside the quoted clause
		k++
	}
	head, k2 := s.clause(k)
	if head == nil {
		// After a dateline the sentence's own clause may parse as it is;
		// only if it fails is a verb sought, and there (dateline.go).
		r := s.datelineEnd(k)
		fails := r == k // the clause at k has just failed
		if !fails {
			h, _ := s.clause(r)
			fails = h == nil
		}
		if fails && s.repairVerb(r) {
			head, k2 = s.clause(k)
		}
	}
	if head != nil {
		b = append(b, head)
		k = k2
	}
	for k < n {
		if k >= s.end {
			b = append(b, s.leaf(k))
			k++
			continue
		}
		t := s.tag(k)
		switch {
		case head != nil && t == "," && s.tag(k+1) == "''" && s.npStart(k+2):
			// `"...," the president said.`
			if subj, k2 := s.np(k+2, subject); subj != nil && s.is(sayVerbs, k2) {
				if vp, k3 := s.vp(k2); vp != nil {
					b = append(b, s.leaf(k), s.leaf(k+1), subj, vp)
					k = k3
					continue
				}
			}
		case head != nil && t == "," && s.npStart(k+1):
			// "..., the agency reported."
			if subj, k2 := s.np(k+1, subject); subj != nil && s.is(sayVerbs, k2) {
				if vp, k3 := s.vp(k2); vp != nil {
					b = append(b, s.leaf(k), subj, vp)
					k = k3
					continue
				}
			}
		case head != nil && t == "," && s.is(sayVerbs, k+1):
			// "..., said the minister."
			vp, k2 := s.vp(k + 1)
			if vp != nil {
				b = append(b, s.leaf(k), vp)
				k = k2
				if subj, k3 := s.np(k, subject); subj != nil {
					b = append(b, subj)
					k = k3
				}
				continue
			}
		}
		if (t == "IN" || t == "WRB") && s.is(subordinators, k) && s.startsClause(k+1) {
			cl, k2 := s.clause(k + 1)
			if cl != nil {
				b = append(b, s.p.mk("SBAR", s.leaf(k), cl))
				k = k2
				continue
			}
		}
		if t == "CC" || t == ":" || t == "," {
			if cl, k2 := s.clause(k + 1); cl != nil && (t != "," || finiteClause(cl)) {
				b = append(b, s.leaf(k), cl)
				k = k2
				continue
			}
			if t == "," && s.npStart(k+1) {
				// "..., the first minister to do so": a noun phrase with an
				// infinitive, not a clause
				if np, k2 := s.np(k+1, appos); np != nil {
					if s.tag(k2) == "TO" {
						if inf, k3 := s.vp(k2); inf != nil {
							np, k2 = s.p.mk("NP", np, s.p.mk("S", inf)), k3
						}
					}
					b = append(b, s.leaf(k), np)
					k = k2
					continue
				}
			}
		}
		if cl, k2 := s.clause(k); cl != nil {
			b = append(b, cl)
			k = k2
			continue
		}
		if x, k2 := s.phrase(k); x != nil {
			b = append(b, x)
			k = k2
			continue
		}
		b = append(b, s.leaf(k))
		k++
	}
	var top *node
	switch {
	case head != nil && len(b) == 1:
		top = head
	case head != nil && allPunct(b[1:]):
		// (S (NP ...) (VP ...) (. .)): final punctuation joins the clause
		kids := s.p.buf()
		kids = append(kids, head.Children...)
		kids = append(kids, b[1:]...)
		top = s.p.mk("S", kids...)
		s.p.put(kids)
	case head != nil:
		top = s.p.mk("S", b...)
	default:
		top = s.p.mk("FRAG", b...)
	}
	return s.p.mk("ROOT", top)
}

// startsVP reports whether the verb at k heads the verb phrase of a clause
// rather than a participle modifying the subject: its object or a
// preposition follows.
func (s *state) startsVP(k int) bool {
	switch s.tag(k + 1) {
	case "DT", "NNP", "NNPS", "PRP", "PRP$", "IN", "TO", "CD", "RP", "NNS", "NN", "JJ":
		return true
	}
	return false
}

// repairVerb looks for the verb a sentence without one most likely has and
// retags it, then forgets what was parsed; it reports whether it changed
// anything. Three shapes, all seen in news the tagger gets wrong:
//
//   - a lower-case noun right after the opening name and before a
//     preposition or determiner: "Ethiopia departs from Libya";
//   - an adjective or participle right after the subject noun phrase (adverbs
//     between) and before its object: "Klibi undertook mediation",
//     "agents sexually abused detainees";
//   - a plural noun before "to" and a base verb: "a group based in Trinidad
//     claims to be".
func (s *state) repairVerb(k int) bool {
	j, tag := s.verbCandidate(k)
	if j < 0 {
		return false
	}
	s.toks[j].Tag = tag
	// Everything memoised may depend on the old tag.
	clear(s.memo)
	clear(s.leaves)
	clear(s.base)
	for r := range s.nps {
		clear(s.nps[r])
	}
	return true
}

// verbCandidate finds the token repairVerb retags and its new tag, or -1.
func (s *state) verbCandidate(k int) (int, string) {
	lower := func(j int) bool {
		w := s.word(j)
		return w != "" && 'a' <= w[0] && w[0] <= 'z'
	}
	objectNext := func(j int) bool {
		switch s.tag(j + 1) {
		case "IN", "DT", "TO", "PRP$", "PRP", "RP", "NNP", "NNPS", "NN", "NNS", "CD", "JJ":
			return true
		}
		return false
	}
	finite := func(j int) string {
		w := s.word(j)
		switch {
		case strings.HasSuffix(w, "ed") || s.tag(j) == "VBN" || irregularPast[w]:
			return "VBD"
		case w[len(w)-1] == 's' && !strings.HasSuffix(w, "ss"):
			return "VBZ"
		}
		return "VBP"
	}
	// A noun swallowed into the opening name.
	j := k
	for j < s.end && j < k+4 && s.tag(j) == "NNP" {
		j++
	}
	if j > k && j < s.end && (s.tag(j) == "NNS" || s.tag(j) == "NN") && lower(j) {
		switch s.tag(j + 1) {
		case "IN", "DT", "TO", "PRP$", "PRP", "RP", "NNP":
			return j, finite(j)
		}
	}
	// An adjective or participle after the subject, or swallowed into it
	// right after the name: "Klibi undertook mediation".
	if _, e := s.baseNP(k); e > k {
		for j := k + 1; j < e; j++ {
			if t := s.tag(j); (isAdj(t) || t == "VBN") && s.tag(j-1) == "NNP" && lower(j) && objectNext(j) {
				return j, finite(j)
			}
		}
		for e < s.end && s.tag(e) == "RB" {
			e++
		}
		if t := s.tag(e); (isAdj(t) || t == "VBN") && lower(e) && objectNext(e) {
			return e, finite(e)
		}
	}
	// A plural noun before "to" and a base verb, unless an article or a
	// possessive makes it a noun: "pouring into the streets to celebrate".
	for j := k; j < s.end-2; j++ {
		if s.tag(j) == "NNS" && lower(j) && s.tag(j+1) == "TO" && s.tag(j+2) == "VB" && !s.determined(j) {
			return j, "VBZ"
		}
	}
	return s.headlineVerb(k) // headline.go
}

// parenthetical reads a PP or participle phrase at k, or returns nil.
func (s *state) parenthetical(k int) (*node, int) {
	switch t := s.tag(k); {
	case t == "IN" && !s.is(subordinators, k):
		pp, k2 := s.pp(k)
		if pp != nil && len(pp.Children) == 2 && (s.tag(k2) == "TO" && !isVerb(s.tag(k2+1)) || s.tag(k2) == "IN" && !s.is(subordinators, k2)) {
			// "Putin, on a visit to Tehran, criticized": the second
			// phrase modifies the first one's noun, up to the comma.
			if pp2, k3 := s.pp(k2); pp2 != nil && s.tag(k3) == "," {
				return s.p.mk("PP", pp.Children[0], s.p.mk("NP", pp.Children[1], pp2)), k3
			}
		}
		return pp, k2
	case s.accordingTo(k):
		return s.according(k)
	case t == "RB" && s.tag(k+1) == ",":
		// "Iran, however, rejected": (ADVP (RB however))
		return s.p.mk("ADVP", s.leaf(k)), k + 1
	case t == "VBG" || t == "VBN":
		if v, k2 := s.vp(k); v != nil {
			return s.p.mk("S", v), k2
		}
	}
	return nil, k
}

// frontedPP reads a fronted prepositional adjunct at k up to the comma that
// ends it: "On Monday,", "Despite warnings by agencies,", "In an interview
// this weekend,", "As part of its fight to eradicate poverty,". It returns
// the phrases and the comma's position, or nil.
func (s *state) frontedPP(k int) ([]*node, int) {
	pp, k2 := s.pp(k)
	if pp == nil {
		return nil, k
	}
	if s.tag(k2) == "," {
		return []*node{pp}, k2
	}
	return s.adjunctTail(pp, k2)
}

// verbNext reports whether a finite verb, adverbs before it, starts at k.
func (s *state) verbNext(k int) bool {
	for s.tag(k) == "RB" {
		k++
	}
	return isFinite(s.tag(k))
}

// commaBefore returns the first comma after i and before end, or -1.
func (s *state) commaBefore(i, end int) int {
	for k := i + 1; k < end; k++ {
		if s.tag(k) == "," {
			return k
		}
	}
	return -1
}

// clauseAfter reports whether a finite clause with a subject starts right
// after the comma c ("…, a senior Chinese military delegation, headed by
// …, landed").
func (s *state) clauseAfter(c int) bool {
	if !s.npStart(c + 1) {
		return false
	}
	cl, _ := s.clause(c + 1)
	return cl != nil && len(cl.Children) > 0 && cl.Children[0].Label == "NP" && finiteClause(cl)
}

// within runs read at i as if the sentence ended at end, and returns its
// result. What was memoised for the tokens from i on is set aside and put
// back afterwards, so the rest of the parse still sees the whole sentence.
func (s *state) within(i, end int, read func(int) ([]*node, int)) ([]*node, int) {
	if end > s.end {
		end = s.end
	}
	n := end - i
	saved := make([]memoNP, 0, n*(numRoles+1))
	savedClause := make([]int8, n)
	saved = append(saved, s.base[i:end]...)
	clear(s.base[i:end])
	for r := range s.nps {
		saved = append(saved, s.nps[r][i:end]...)
		clear(s.nps[r][i:end])
	}
	copy(savedClause, s.memo[i:end])
	clear(s.memo[i:end])
	full := s.end
	s.end = end
	out, k := read(i)
	s.end = full
	copy(s.base[i:end], saved[:n])
	for r := range s.nps {
		copy(s.nps[r][i:end], saved[(r+1)*n:(r+2)*n])
	}
	copy(s.memo[i:end], savedClause)
	return out, k
}

// adjunctTail extends a fronted phrase with the PPs, time phrase or
// infinitive that follow it up to a comma within a few tokens. It returns the
// phrases and the position of the comma, or nil.
func (s *state) adjunctTail(first *node, k int) ([]*node, int) {
	out := []*node{first}
	for steps := 0; steps < 4 && k < s.end; steps++ {
		switch t := s.tag(k); {
		case t == ",":
			if len(out) == 1 {
				return nil, k
			}
			return out, k
		case t == "IN" && !s.is(subordinators, k), t == "TO" && !isVerb(s.tag(k+1)):
			// "On a visit to Tehran, ...": a "to" phrase is an adjunct
			// like any other preposition's, not the start of a clause.
			pp, k2 := s.pp(k)
			if pp == nil {
				return nil, k
			}
			out, k = append(out, pp), k2
		case s.timeNP(k):
			tn, k2 := s.baseNP(k)
			out, k = append(out, s.p.mk("NP-TMP", tn.Children...)), k2
		case t == "TO" && isVerb(s.tag(k+1)):
			inf, k2 := s.vp(k)
			if inf == nil {
				return nil, k
			}
			out, k = append(out, s.p.mk("S", inf)), k2
		default:
			return nil, k
		}
	}
	return nil, k
}

// finiteClause reports whether a clause's verb phrase starts with a finite
// verb, not "to" or a participle.
func finiteClause(cl *node) bool {
	for _, c := range cl.Children {
		if c.Label == "VP" {
			for !c.IsLeaf() {
				c = c.Children[0]
			}
			return isFinite(c.Label)
		}
	}
	return false
}

// phrase reads a noun, prepositional or adverb phrase where no clause was
// found.
func (s *state) phrase(k int) (*node, int) {
	switch t := s.tag(k); {
	case s.accordingTo(k):
		return s.according(k)
	case s.npStart(k):
		return s.np(k, subject)
	case t == "IN" || t == "TO":
		return s.pp(k)
	case isVerb(t):
		return s.vp(k)
	case t == "RB":
		return s.p.mk("ADVP", s.leaf(k)), k + 1
	}
	return nil, k
}

func allPunct(ns []*node) bool {
	for _, n := range ns {
		switch n.Label {
		case ".", "''", ":", ",":
		default:
			return false
		}
	}
	return true
}

func (p *Parser) emptyLeaf() *node {
	n := p.alloc()
	*n = node{Label: "-NONE-"}
	return n
}

// grow returns (*buf)[:n] cleared, reallocating when it is too small.
func grow[T any](buf *[]T, n int) []T {
	if cap(*buf) < n {
		*buf = make([]T, n)
	}
	b := (*buf)[:n]
	clear(b)
	return b
}

// compoundParticiple reports whether the -ed verb at k, right after the
// subject, is the participle of a compound adjective whose hyphen is missing:
// a proper noun follows it and then, with no conjunction, the clause's
// finite verb ("Taliban ruled Afghanistan has been ...").
func (s *state) compoundParticiple(k int) bool {
	if t := s.tag(k); t != "VBD" && t != "VBN" || !strings.HasSuffix(s.word(k), "ed") {
		return false
	}
	j := k + 1
	for s.tag(j) == "NNP" || s.tag(j) == "NNPS" {
		j++
	}
	return j > k+1 && isFinite(s.tag(j))
}

// determined reports whether the word at j follows an article ("the", "a",
// "an"), a possessive pronoun or a possessive 's, after which no verb stands.
func (s *state) determined(j int) bool {
	switch p := s.tag(j - 1); {
	case p == "PRP$" || p == "POS":
		return true
	case p == "DT":
		return s.wordIs(j-1, "the") || s.wordIs(j-1, "a") || s.wordIs(j-1, "an")
	}
	return false
}
