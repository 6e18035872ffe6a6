package chunk

// Verb phrases: verb groups with auxiliaries, negation and passives, and
// their complements.

// vp reads a verb phrase at i, shaped like Stanford's: auxiliaries and modals
// each take a VP ((VP (MD will) (VP (VB visit) ...))), negation sits beside
// the auxiliary, and a passive is (VP (VBD was) (VP (VBN attacked) (PP by ...))).
func (s *state) vp(i int) (*node, int) {
	t := s.tag(i)
	if !isVerb(t) && t != "TO" {
		return nil, i
	}
	// "is about to restore": (VP (VBZ is) (VP (IN about) (S (VP (TO to) ...))))
	if s.tag(i+2) == "TO" && s.wordIs(i+1, "about") && s.is(auxiliaries, i) {
		if inf, k := s.vp(i + 2); inf != nil {
			about := s.p.mk("VP", s.leaf(i+1), s.p.mk("S", inf))
			return s.coordVP(s.p.mk("VP", s.leaf(i), about), k)
		}
	}
	// Verb group: an auxiliary, modal or "to" followed (after adverbs) by a verb.
	if t == "MD" || t == "TO" || s.is(auxiliaries, i) {
		k := i + 1
		for k < s.end && (s.tag(k) == "RB" || s.tag(k) == "RBR" || s.quotedVerb(k)) && k < i+5 {
			k++
		}
		if isVerb(s.tag(k)) && s.tag(k) != "MD" && (t != "TO" || s.tag(k) == "VB" || s.tag(k) == "VBP") {
			rest, k2 := s.vp(k)
			if rest != nil {
				b := s.p.buf()
				b = append(b, s.leaf(i))
				for j := i + 1; j < k; j++ {
					b = append(b, s.leaf(j))
				}
				b = append(b, rest)
				n := s.p.mk("VP", b...)
				s.p.put(b)
				return s.coordVP(n, k2)
			}
		}
		if t == "TO" {
			return nil, i
		}
	}
	return s.mainVP(i)
}

// mainVP reads a main verb and its complements.
func (s *state) mainVP(i int) (*node, int) {
	b := s.p.buf()
	defer func() { s.p.put(b) }()
	b = append(b, s.leaf(i))
	k := i + 1
	hasObj := false
	clauseVerb := s.is(clauseVerbs, i)
	for k < s.end {
		t := s.tag(k)
		switch {
		case s.measureClause(k):
			// "almost five years after crowds trashed its embassy"
			m, k2 := s.baseNP(k)
			cl, k3 := s.clause(k2 + 1)
			if m == nil || cl == nil {
				goto done
			}
			b = append(b, s.p.mk("SBAR", m, s.leaf(k2), cl))
			k = k3
		case t == "VB" && k == i+1:
			// "help win": a bare infinitive complement
			v, k2 := s.vp(k)
			if v == nil {
				goto done
			}
			b = append(b, v)
			k = k2
		case hasObj && (t == "VB" || t == "VBP") && s.is(bareInfinitiveVerbs, i) && len(b) == 2 && b[1].Label == "NP":
			// "helping the Haqqani network carry out a bombing": an object
			// and a bare infinitive, (S (NP ...) (VP (VB carry) ...)) as
			// Stanford has it
			if t == "VBP" {
				s.toks[k].Tag = "VB"
				s.leaves[k] = nil
			}
			v, k2 := s.vp(k)
			if v == nil {
				goto done
			}
			b[1] = s.p.mk("S", b[1], v)
			k = k2
		case t == "RP":
			b = append(b, s.p.mk("PRT", s.leaf(k)))
			k++
		case t == "''" && k == i+1 && s.quotedVerb(s.quoteStart(i)):
			// the close of a quoted verb: `was "carefully examining" a plan`
			b = append(b, s.leaf(k))
			k++
		case s.adverbialNP(k):
			// "said yesterday that", "said Monday": (NP-TMP (NN yesterday))
			tn, k2 := s.baseNP(k)
			b = append(b, s.p.mk("NP-TMP", tn.Children...))
			k = k2
		case clauseVerb && s.startsClause(k):
			cl, k2 := s.clause(k)
			if cl == nil {
				goto done
			}
			b = append(b, s.p.mk("SBAR", cl))
			k = k2
			goto done
		case !hasObj && s.is(tellVerbs, i) && s.tellThat(k):
			// "told his Iraqi counterpart that Iran would not attack":
			// an object and a that-clause, not a relative clause
			obj, j := s.baseNP(k)
			cl, k2 := s.clause(j + 1)
			b = append(b, obj, s.p.mk("SBAR", s.complementizer(j), cl))
			k = k2
			goto done
		case (t == "IN" || t == "RB" || t == "RP") && s.wordIs(k+1, "of") && s.is(ofParticles, k):
			// "drove the army out of the town", "were driven out of the
			// city": the particle belongs to the verb, and the of-phrase
			// after it. Read as a preposition, "out" found no noun phrase,
			// the verb phrase ended at it and the rest hung outside, out
			// of every OUT OF pattern's reach.
			if t != "RP" {
				s.toks[k].Tag = "RP"
				s.leaves[k] = nil
			}
			b = append(b, s.p.mk("PRT", s.leaf(k)))
			k++
		case s.npStart(k) && !hasObj && t != "JJ" && t != "JJR" && t != "JJS" && !s.subjunctiveThat(i, k) || (isAdj(t) && s.nounAhead(k+1) && !hasObj && !s.determinerAt(k+1)) || !hasObj && s.freeRelative(k):
			obj, k2 := s.np(k, object)
			if obj == nil {
				goto done
			}
			b = append(b, obj)
			k = k2
			hasObj = true
		case hasObj && s.is(ditransitives, i) && len(b) == 2 && b[1].Label == "NP" && s.npStart(k) && !isAdj(t):
			// "gave the Ivory Coast 5.1 million dollars": a second object
			obj, k2 := s.np(k, object)
			if obj == nil {
				goto done
			}
			b = append(b, obj)
			k = k2
		case (hasObj || k > i+1) && s.timeNP(k):
			// "visit Moscow next week": a bare time noun phrase
			tn, k2 := s.baseNP(k)
			b = append(b, tn)
			k = k2
		case isAdj(t):
			adj, k2 := s.adjp(k)
			b = append(b, adj)
			k = k2
		case s.wordIs(k, "that") && s.subjunctiveAt(i, k+1):
			// "demanded that the US cancel plans"
			cl, k2 := s.clause(k + 1)
			if cl == nil {
				goto done
			}
			b = append(b, s.p.mk("SBAR", s.complementizer(k), cl))
			k = k2
		case (t == "IN" || t == "WRB") && s.is(subordinators, k) && (s.startsClause(k+1) || s.tag(k+1) == "PRP"):
			cl, k2 := s.clause(k + 1)
			if cl == nil {
				goto done
			}
			var comp *node
			if t == "WRB" {
				comp = s.p.mk("WHADVP", s.leaf(k))
			} else {
				comp = s.leaf(k)
			}
			b = append(b, s.p.mk("SBAR", comp, cl))
			k = k2
		case t == "TO" && (isVerb(s.tag(k+1)) || (s.tag(k+1) == "RB" || s.tag(k+1) == "RBR") && isVerb(s.tag(k+2))):
			inf, k2 := s.vp(k)
			if inf == nil {
				goto done
			}
			b = append(b, s.p.mk("S", inf))
			k = k2
		case t == "IN" || t == "TO":
			pp, k2 := s.pp(k)
			if pp == nil {
				goto done
			}
			b = append(b, pp)
			k = k2
		case t == "RB" || t == "RBR" || t == "RBS":
			if isVerb(s.tag(k+1)) && !isFinite(s.tag(k+1)) {
				// "has already agreed": an adverb inside the verb group
				b = append(b, s.p.mk("ADVP", s.leaf(k)))
				k++
				continue
			}
			b = append(b, s.p.mk("ADVP", s.leaf(k)))
			k++
		case t == "," && s.accordingTo(k+1):
			// "..., according to the agency": a source cited, not a clause
			pp, k2 := s.according(k + 1)
			if pp == nil {
				goto done
			}
			b = append(b, s.leaf(k), pp)
			k = k2
		case s.accordingTo(k):
			pp, k2 := s.according(k)
			if pp == nil {
				goto done
			}
			b = append(b, pp)
			k = k2
		case t == "VBG" || t == "VBN" && hasObj:
			v, k2 := s.vp(k)
			if v == nil {
				goto done
			}
			b = append(b, s.p.mk("S", v))
			k = k2
		case t == "," && (s.tag(k+1) == "IN" || s.tag(k+1) == "WRB") && s.is(subordinators, k+1) && s.startsClause(k+2):
			// "..., while their counterparts are ..."
			cl, k2 := s.clause(k + 2)
			if cl == nil {
				goto done
			}
			b = append(b, s.leaf(k), s.p.mk("SBAR", s.leaf(k+1), cl))
			k = k2
		case t == "," && s.measureClause(k+1):
			m, k2 := s.baseNP(k + 1)
			cl, k3 := s.clause(k2 + 1)
			if cl == nil {
				goto done
			}
			b = append(b, s.leaf(k), s.p.mk("SBAR", m, s.leaf(k2), cl))
			k = k3
		case t == "," && s.tag(k+1) == "VBG":
			v, k2 := s.vp(k + 1)
			if v == nil {
				goto done
			}
			b = append(b, s.leaf(k), s.p.mk("S", v))
			k = k2
		default:
			goto done
		}
	}
done:
	n := s.p.mk("VP", b...)
	return s.coordVP(n, k)
}

// timeNP reports whether a short noun phrase naming a time starts at k:
// "next week", "last month", "Monday".
func (s *state) timeNP(k int) bool {
	if !s.npStart(k) {
		return false
	}
	n, k2 := s.baseNP(k)
	return n != nil && k2-k <= 3 && s.is(timeNouns, k2-1)
}

// adverbialNP reports whether a one-word time noun phrase that works as an
// adverb starts at k: "today", "yesterday", "Monday".
func (s *state) adverbialNP(k int) bool {
	if !(s.is(adverbialTime, k) || s.is(weekdays, k)) {
		return false
	}
	_, k2 := s.baseNP(k)
	return k2 == k+1
}

// measureClause reports whether a measure noun phrase and a subordinate
// clause start at k: "five years after", "two days before".
func (s *state) measureClause(k int) bool {
	if !s.npStart(k) {
		return false
	}
	m, k2 := s.baseNP(k)
	return m != nil && k2-k <= 4 && s.is(timeNouns, k2-1) && s.tag(k2) == "IN" && !s.wordIs(k2, "that") && s.is(subordinators, k2) && (s.startsClause(k2+1) || s.tag(k2+1) == "PRP")
}

// coordVP joins "V1 ... and V2 ..." into (VP (VP ...) (CC and) (VP ...)).
// A non-finite verb only joins a verb of its own form ("would not work and
// warned" joins at "would").
func (s *state) coordVP(n *node, k int) (*node, int) {
	if s.tag(k) != "CC" {
		return n, k
	}
	if s.tag(k+1) == "``" && isVerb(s.tag(k+2)) {
		// 'to unite and "mobilize" against': a quoted second verb
		if head := s.headTag(n); !isFinite(head) && head != s.tag(k+2) {
			return n, k
		}
		if v, k2 := s.vp(k + 2); v != nil {
			b := s.p.buf()
			b = append(b, s.leaf(k+1))
			b = append(b, v.Children...)
			if s.tag(k2) == "''" {
				b = append(b, s.leaf(k2))
				k2++
				for s.tag(k2) == "IN" || s.tag(k2) == "TO" {
					pp, k3 := s.pp(k2)
					if pp == nil {
						break
					}
					b = append(b, pp)
					k2 = k3
				}
			}
			v = s.p.mk("VP", b...)
			s.p.put(b)
			return s.p.mk("VP", n, s.leaf(k), v), k2
		}
	}
	if s.tag(k+1) == "TO" && s.headTag(n) == "TO" {
		// "to resume dialogue over Kashmir and to release the leaders":
		// (VP (VP (TO to) ...) (CC and) (VP (TO to) ...))
		if v, k2 := s.vp(k + 1); v != nil {
			return s.p.mk("VP", n, s.leaf(k), v), k2
		}
		return n, k
	}
	j := k + 1
	for s.tag(j) == "RB" && j < k+3 {
		j++
	}
	if !isVerb(s.tag(j)) {
		return n, k
	}
	if head := s.headTag(n); !isFinite(head) && head != s.tag(j) {
		return n, k
	}
	v, k2 := s.vp(k + 1)
	if v == nil {
		// an adverb before the verb: attach it to the second VP
		if j > k+1 {
			v2, k3 := s.vp(j)
			if v2 == nil {
				return n, k
			}
			b := s.p.buf()
			for m := k + 1; m < j; m++ {
				b = append(b, s.p.mk("ADVP", s.leaf(m)))
			}
			b = append(b, v2.Children...)
			v = s.p.mk("VP", b...)
			s.p.put(b)
			k2 = k3
		} else {
			return n, k
		}
	}
	return s.p.mk("VP", n, s.leaf(k), v), k2
}

// headTag returns the tag of the first word of a verb phrase.
func (s *state) headTag(n *node) string {
	for !n.IsLeaf() {
		n = n.Children[0]
	}
	return n.Label
}

// adjp reads an adjective phrase: (ADJP (JJ ready) (PP (IN for) ...)).
func (s *state) adjp(i int) (*node, int) {
	b := s.p.buf()
	defer func() { s.p.put(b) }()
	k := i
	for k < s.end && (isAdj(s.tag(k)) || s.tag(k) == "RB" && isAdj(s.tag(k+1)) || s.tag(k) == "CC" && isAdj(s.tag(k+1)) && k > i) {
		b = append(b, s.leaf(k))
		k++
	}
	if len(b) > 0 && s.wordIs(k, "that") && s.startsClause(k+1) {
		// "hopeful that Russia and Ukraine would reach a deal": a clause,
		// not a "that" phrase ending at the first noun.
		if cl, k2 := s.clause(k + 1); cl != nil {
			b = append(b, s.p.mk("SBAR", s.complementizer(k), cl))
			return s.p.mk("ADJP", b...), k2
		}
	}
	if (s.tag(k) == "IN" || s.tag(k) == "TO" && !isVerb(s.tag(k+1))) && s.npStart(k+1) {
		if pp, k2 := s.pp(k); pp != nil {
			b = append(b, pp)
			k = k2
		}
	} else if s.tag(k) == "TO" && isVerb(s.tag(k+1)) {
		if inf, k2 := s.vp(k); inf != nil {
			b = append(b, s.p.mk("S", inf))
			k = k2
		}
	}
	return s.p.mk("ADJP", b...), k
}

// quotedVerb reports whether the opening quote at k encloses only a verb
// and the adverbs before it, closed right after the verb: `was "carefully
// examining" a plan`, `was "deeply saddened" by`. The quote marks are then
// leaves of the verb phrase, which reads on past them.
func (s *state) quotedVerb(k int) bool {
	if s.tag(k) != "``" {
		return false
	}
	j := k + 1
	for j < s.end && j < k+4 && (s.tag(j) == "RB" || s.tag(j) == "RBR") {
		j++
	}
	return isVerb(s.tag(j)) && s.tag(j+1) == "''"
}

// quoteStart returns the opening quote before the verb at i that only
// adverbs separate from it, or -1.
func (s *state) quoteStart(i int) int {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		switch s.tag(j) {
		case "``":
			return j
		case "RB", "RBR":
		default:
			return -1
		}
	}
	return -1
}

// determinerAt reports whether leaf k opens a noun phrase of its own with a
// determiner or possessive: an adjective before it ("shot dead a
// policeman") premodifies nothing and is read as an adjective phrase.
func (s *state) determinerAt(k int) bool {
	t := s.tag(k)
	return t == "DT" || t == "PRP$"
}
