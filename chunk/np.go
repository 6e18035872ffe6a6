package chunk

import "strings"

// Noun phrases and prepositional phrases.

// Roles of a noun phrase; they decide what may attach to it.
const (
	subject  = iota // attaches every PP: "Lawmakers in Fornost"
	object          // attaches "of" PPs only; other PPs go to the verb
	inPP            // the object of a preposition
	appos           // an apposition: no further apposition or coordination
	inSubjPP        // the object of a preposition inside a subject
	numRoles
)

// baseNP reads a noun phrase without post-modifiers at i: determiners,
// adjectives, numbers, nouns and possessives. It returns nil when none
// starts there.
func (s *state) baseNP(i int) (*node, int) {
	if i < 0 || i >= s.end {
		return nil, i
	}
	m := &s.base[i]
	if !m.done {
		n, k := s.baseNP1(i)
		*m = memoNP{n: n, end: int32(k), done: true}
	}
	return m.n, int(m.end)
}

// freeRelative reports whether "what" at i opens a free relative: a subject
// and its verb follow ("struck what New Delhi said was a camp").
func (s *state) freeRelative(i int) bool {
	return s.tag(i) == "WP" && s.wordIs(i, "what") && s.npStart(i+1) && s.tag(i+1) != "WP"
}

func (s *state) baseNP1(i int) (*node, int) {
	if s.freeRelative(i) {
		// a free relative, "over what it called dangerous manoeuvres",
		// "struck what New Delhi said was a camp": (NP (SBAR (WHNP what)
		// (S ...)))
		if rel, k := s.relative(i); rel != nil && k > i+2 {
			return s.p.mk("NP", rel), k
		}
	}
	switch s.tag(i) {
	case "PRP", "EX", "WP":
		return s.p.mk("NP", s.leaf(i)), i + 1
	}
	if !s.npStart(i) {
		return nil, i
	}
	b := s.p.buf()
	defer func() { s.p.put(b) }()
	k := i
	lastNoun := -1
	for k < s.end {
		t := s.tag(k)
		switch {
		case t == "POS" && len(b) > 0:
			// "Dagolath 's first minister": the possessor is an NP of its own.
			b = append(b, s.leaf(k))
			poss := s.p.mk("NP", b...)
			b = append(b[:0], poss)
			k++
			lastNoun = -1
			continue
		case t == "DT" || t == "PDT" || t == "PRP$" || t == "WP$":
			if len(b) > 0 && !(t == "DT" && (s.tag(k-1) == "PDT" || len(b) == 1 && s.is(preDeterminers, k-1))) && !(len(b) == 1 && b[0].Label == "``") {
				goto done
			}
		case isNoun(t) || t == "CD" || t == "$" || t == "#":
			// "on Wednesday NATO would", "Iran today threatened": a day or
			// "today" ends the noun phrase it would otherwise run into.
			if len(b) > 0 && (s.is(adverbialTime, k) || lastNoun >= 0 && s.is(weekdays, lastNoun) && t == "NNP" || lastNoun >= 0 && s.is(weekdays, k)) {
				goto done
			}
			if t == "CD" && lastNoun >= 0 && s.tag(k-1) == "NNP" && s.countFollows(k) {
				goto done // "gave the Ivory Coast 5.1 million dollars"
			}
			lastNoun = k
		case (t == "IN" || t == "RB" || t == "JJ") && len(b) == 0 && s.is(approximators, k) && s.tag(k+1) == "CD":
			// "about 20 people", "nearly 25,000 tons"
		case len(b) == 0 && s.tag(k+2) == "CD" && (s.wordIs(k, "up") && s.wordIs(k+1, "to") || s.wordIs(k, "at") && (s.wordIs(k+1, "least") || s.wordIs(k+1, "most"))):
			// "up to 1,000 ethnic Turks", "at least 20 people"
			b = append(b, s.leaf(k), s.leaf(k+1))
			k += 2
			continue
		case t == "JJR" && len(b) == 0 && s.wordIs(k+1, "than") && s.tag(k+2) == "CD":
			// "more than 30 members"
			b = append(b, s.leaf(k), s.leaf(k+1))
			k += 2
			continue
		case isAdj(t):
			if lastNoun >= 0 && (!s.nounAhead(k+1) || isNoun(s.tag(k-1)) && s.timeNP(k)) {
				goto done // "found the town empty", "visit Moscow next week"
			}
		case (t == "RB" || t == "RBS" || t == "RBR") && len(b) > 0 && (s.tag(k-1) == "DT" || s.tag(k-1) == "PRP$" || s.tag(k-1) == "POS") && (isAdj(s.tag(k+1)) || s.tag(k+1) == "VBN") && s.nounAhead(k+2):
			// "a clearly inebriated official": (ADJP (RB clearly) (JJ inebriated))
			b = append(b, s.p.mk("ADJP", s.leaf(k), s.leaf(k+1)))
			k += 2
			continue
		case t == "RB":
			n := s.tag(k + 1)
			afterDet := len(b) > 0 && (s.tag(k-1) == "DT" || s.tag(k-1) == "PRP$") && (isAdj(n) || n == "VBN")
			if len(b) > 0 && !afterDet || !(isAdj(n) || n == "CD" || afterDet) || !s.nounAhead(k+1) {
				goto done
			}
		case t == "VBG" && lastNoun >= 0 && s.gerundNoun(k, b):
			// "the UNITA militarist wing refused", "Bangladeshi
			// peacekeeping troops arrived": a word in -ing inside the
			// subject, before the clause's verb, is a noun or modifier
			lastNoun = k
		case t == "VBG" && len(b) > 0 && isAdj(s.tag(k-1)) && s.gerundHead(k):
			// "after fierce fighting with guerrillas", "heavy shelling of
			// the city": an adjective's -ing word is the noun it modifies
			s.toks[k].Tag = "NN"
			s.leaves[k] = nil
			lastNoun = k
		case t == "VBG" || t == "VBN":
			if !isNoun(s.tag(k+1)) && !isAdj(s.tag(k+1)) || s.is(auxiliaries, k) || len(b) == 0 && t == "VBN" || lastNoun >= 0 {
				goto done
			}
		case t == "," && len(b) > 0 && isAdj(s.tag(k-1)) && isAdj(s.tag(k+1)) && s.nounAhead(k+1):
			// "complete, full diplomatic ties"
		case t == "CC" && len(b) > 0 && isAdj(s.tag(k-1)) && isAdj(s.tag(k+1)) && s.nounAhead(k+1):
			// "awful and evil minister": (ADJP (JJ awful) (CC and) (JJ evil))
			j := len(b) - 1
			// "French, German and Italian warships": adjectives listed
			// with commas before the last pair join the same phrase, so
			// the list is read as one coordination.
			for j >= 2 && b[j-1].IsLeaf() && b[j-1].Label == "," && b[j-2].IsLeaf() && isAdj(b[j-2].Label) {
				j -= 2
			}
			if j == len(b)-1 {
				b = append(b[:j], s.p.mk("ADJP", b[j], s.leaf(k), s.leaf(k+1)))
			} else {
				b = append(b, s.leaf(k), s.leaf(k+1))
				adjp := s.p.mk("ADJP", b[j:]...)
				b = append(b[:j], adjp)
			}
			k += 2
			continue
		case t == "``" && len(b) == 0:
		case t == "``" && s.scareQuote(k):
			// "the `` barbaric '' attack": a quoted modifier inside the phrase
		case t == "''" && len(b) > 0 && s.tag(k-1) != "," && (isNoun(s.tag(k+1)) || isAdj(s.tag(k+1)) || quoteOpen(b)):
			// "for `` excessive violence '' by Dutch forces": the quote
			// the phrase opened closes inside it
		case t == "HYPH":
		case t == "FW" && lastNoun < 0 && s.foreignModifier(k):
			// "Sudan's de facto leader", "a de facto blockade"
		default:
			goto done
		}
		b = append(b, s.leaf(k))
		k++
	}
done:
	if len(b) == 0 {
		return nil, i
	}
	if len(b) == 1 && b[0].Label == "NP" {
		return b[0], k
	}
	return s.p.mk("NP", b...), k
}

// np reads a noun phrase with its post-modifiers: prepositional phrases,
// relative clauses, appositions and coordination.
func (s *state) np(i, role int) (*node, int) {
	if i < 0 || i >= s.end {
		return nil, i
	}
	m := &s.nps[role][i]
	if !m.done {
		n, k := s.np1(i, role)
		*m = memoNP{n: n, end: int32(k), done: true}
	}
	return m.n, int(m.end)
}

func (s *state) np1(i, role int) (*node, int) {
	n, k := s.baseNP(i)
	if n == nil {
		return nil, i
	}
	for k < s.end {
		t := s.tag(k)
		switch {
		case (t == "IN" || t == "TO" || t == "VBG" && s.wordIs(k, "including")) && s.attachPP(k, role):
			pp, k2 := s.ppIn(k, role)
			if pp == nil {
				return n, k
			}
			n, k = s.p.mk("NP", n, pp), k2
		case (t == "VBN" || t == "VBD" && strings.HasSuffix(s.word(k), "ed")) && role == appos && (s.tag(k+1) == "IN" && !s.wordIs(k+1, "that") || s.tag(k+1) == "TO") && !s.is(auxiliaries, k):
			// ", a body linked to the OAU,": a participle inside an apposition
			vp, k2 := s.mainVP(k)
			if t == "VBD" && hasChild(vp, "NP") {
				// "Mali, Burkina Faso and Niger announced on Sunday their
				// withdrawal": a past with an object after its
				// preposition is the clause's verb, not a participle of
				// the list's last item
				return n, k
			}
			n, k = s.p.mk("NP", n, vp), k2
		case (t == "VBN" || t == "VBD" && strings.HasSuffix(s.word(k), "ed")) && role == subject && (s.tag(k+1) == "IN" && !s.wordIs(k+1, "that") || s.tag(k+1) == "TO") && !s.is(auxiliaries, k) && s.reducedRelative(k):
			// "workers affiliated with the union stopped work": the
			// participle modifies the subject; the clause's verb follows
			if t == "VBD" {
				s.toks[k].Tag = "VBN"
				s.leaves[k] = nil
			}
			vp, k2 := s.mainVP(k)
			n, k = s.p.mk("NP", n, vp), k2
		case t == "VBN" && (role == object || role == inPP) && (s.tag(k+1) == "IN" && !s.wordIs(k+1, "that") || s.tag(k+1) == "TO") && !s.is(auxiliaries, k):
			// "a militant wanted for murder": (NP (NP ...) (VP (VBN wanted) ...))
			vp, k2 := s.mainVP(k)
			n, k = s.p.mk("NP", n, vp), k2
		case t == "(" && s.npStart(k+1):
			// "the World Food Program (WFP)": (PRN (-LRB- () (NP WFP) (-RRB- )))
			in, k2 := s.np(k+1, object)
			if in == nil || s.tag(k2) != ")" {
				return n, k
			}
			prn := s.p.mk("PRN", s.leaf(k), in, s.leaf(k2))
			k = k2 + 1
			if rest, k3 := s.baseNP(k); rest != nil && isNoun(s.tag(k)) && n.Label == "NP" && allLeaves(n) {
				// "the Asia-Pacific Economic Cooperation (APEC) forum"
				b := s.p.buf()
				b = append(b, n.Children...)
				b = append(b, prn)
				b = append(b, rest.Children...)
				n, k = s.p.mk("NP", b...), k3
				s.p.put(b)
				continue
			}
			n = s.p.mk("NP", n, prn)
		case t == "," && (s.tag(k+1) == "WDT" || s.tag(k+1) == "WP") && role != appos:
			// "the PLO, which he said would ..."
			rel, k2 := s.relative(k + 1)
			if rel == nil {
				return n, k
			}
			n, k = s.p.mk("NP", n, s.leaf(k), rel), k2
			if s.tag(k) == "," && role == subject {
				n, k = s.p.mk("NP", n.Children[0], n.Children[1], n.Children[2], s.leaf(k)), k+1
			}
		case t == "PRP" && (role == object || role == inPP) && s.contactRelative(i, k):
			// "the assets they lost": (NP (NP ...) (SBAR (S (NP they) (VP lost))))
			cl, k2 := s.contactClause(k)
			if cl == nil {
				return n, k
			}
			n, k = s.p.mk("NP", n, s.p.mk("SBAR", cl)), k2
		case t == "WDT" || t == "WP" || t == "WP$" || (t == "IN" || t == "DT") && s.wordIs(k, "that") && isVerb(s.tag(k+1)):
			rel, k2 := s.relative(k)
			if rel == nil {
				return n, k
			}
			n, k = s.p.mk("NP", n, rel), k2
		case t == "," && role == subject && s.wordIs(k+1, "including") && s.npStart(k+2):
			// "Several countries, including Britain and France, condemned"
			pp, k2 := s.ppIn(k+1, role)
			if pp == nil {
				return n, k
			}
			if s.tag(k2) == "," {
				n, k = s.p.mk("NP", n, s.leaf(k), pp, s.leaf(k2)), k2+1
			} else {
				n, k = s.p.mk("NP", n, s.leaf(k), pp), k2
			}
		case t == "," && role != appos && s.npStart(k+1) && s.listAt(k):
			l, k2 := s.list(n, k)
			if role != subject && role != inSubjPP && isFinite(s.tag(k2)) {
				return n, k // "On reform, around 100 intellectuals and activists published"
			}
			n, k = l, k2
		case t == "," && role != appos && s.npStart(k+1) && s.tag(k+1) != "VBG":
			a, k2 := s.np(k+1, appos)
			if a == nil {
				return n, k
			}
			switch {
			case s.tag(k2) == "," && !s.startsClause(k2+1):
				// "Telemar, the defense minister of Gondor, said"
				n, k = s.p.mk("NP", n, s.leaf(k), a, s.leaf(k2)), k2+1
			case role == object || role == inPP:
				if s.tag(k2) == "." || k2 >= s.end {
					n, k = s.p.mk("NP", n, s.leaf(k), a), k2
					continue
				}
				if s.tag(k2) == "CC" && s.npStart(k2+1) {
					// a list: "Gondor, Arnor and Rohan"
					last, k3 := s.np(k2+1, appos)
					if last != nil && !isFinite(s.tag(k3)) {
						n, k = s.p.mk("NP", n, s.leaf(k), a, s.leaf(k2), last), k3
						continue
					}
				}
				return n, k
			default:
				return n, k
			}
		case s.asWellAs(k) && role != appos:
			// "Britain(,) as well as France(,)":
			// (NP (NP Britain) (CONJP (RB as) (RB well) (IN as)) (NP France))
			j := k
			var comma *node
			if t == "," {
				comma, j = s.leaf(k), k+1
			}
			c, k2 := s.np(j+3, appos)
			if c == nil {
				return n, k
			}
			conj := s.p.mk("CONJP", s.leaf(j), s.leaf(j+1), s.leaf(j+2))
			if comma != nil {
				n = s.p.mk("NP", n, comma, conj, c)
			} else {
				n = s.p.mk("NP", n, conj, c)
			}
			k = k2
			if comma != nil && s.tag(k) == "," && role == subject {
				n, k = s.p.mk("NP", n.Children[0], n.Children[1], n.Children[2], n.Children[3], s.leaf(k)), k+1
			}
		case t == "CC" && role != appos && s.npStart(k+1):
			var c *node
			var k2 int
			if bare, kb := s.baseNP(k + 1); bare != nil && kb == k+2 && isNoun(s.tag(k+1)) && len(n.Children) == 1 && n.Children[0].IsLeaf() {
				// "Lawmakers and officials in Fornost": the PP takes both nouns
				c, k2 = bare, kb
			} else {
				c, k2 = s.np(k+1, role)
			}
			if c == nil {
				return n, k
			}
			if role != subject && role != inSubjPP && (isFinite(s.tag(k2)) || s.tag(k2) == "RB" && isFinite(s.tag(k2+1))) {
				return n, k // "attacked Gondor and Rohan replied": clauses, not nouns
			}
			if n.Label == "NP" && len(n.Children) == 1 && len(c.Children) == 1 && c.Children[0].IsLeaf() && n.Children[0].IsLeaf() {
				n, k = s.p.mk("NP", n.Children[0], s.leaf(k), c.Children[0]), k2
			} else {
				n, k = s.p.mk("NP", n, s.leaf(k), c), k2
			}
		default:
			return n, k
		}
	}
	return n, k
}

// asWellAs reports whether "as well as" and a noun phrase start at k, or
// after a comma at k.
func (s *state) asWellAs(k int) bool {
	if s.tag(k) == "," {
		k++
	}
	return s.wordIs(k, "as") && s.wordIs(k+1, "well") && s.wordIs(k+2, "as") && s.npStart(k+3)
}

// gerundHead reports whether the -ing word at k, after an adjective, ends
// the noun phrase as its head: a preposition, "and", a comma or the end
// follows, never an object.
func (s *state) gerundHead(k int) bool {
	switch s.tag(k + 1) {
	case "IN", "TO", "CC", ",", ".", ":", "":
		return !s.wordIs(k+1, "that")
	}
	return false
}

// gerundNoun reports whether the -ing word at k, after the nouns of the
// noun phrase begun in b, belongs to it: directly before a finite verb in a
// phrase opened by a determiner ("the militarist wing refused"), or after a
// proper noun and before nouns that a finite verb follows ("Bangladeshi
// peacekeeping troops arrived"), or after a determiner and a proper noun
// before a noun ("the U.N. peacekeeping force in Lebanon").
func (s *state) gerundNoun(k int, b []*node) bool {
	det := len(b) > 0 && b[0].IsLeaf() && b[0].Label == "DT"
	if isFinite(s.tag(k + 1)) {
		return det
	}
	if det && isNoun(s.tag(k-1)) && (s.tag(k+1) == "WDT" || s.wordIs(k+1, "that")) {
		// "a truck bombing that killed 90 people": the -ing word heads
		// the phrase its relative clause is about
		return true
	}
	if det && s.tag(k-1) == "NNP" && (s.tag(k+1) == "NN" || s.tag(k+1) == "NNS") {
		// "the expanded U.N. peacekeeping force in south Lebanon": after a
		// determiner and a name, the -ing word before a noun modifies it
		return true
	}
	if s.tag(k-1) != "NNP" || !isNoun(s.tag(k+1)) {
		return false
	}
	j := k + 1
	for isNoun(s.tag(j)) {
		j++
	}
	// The tagger often reads a clause's first verb as a participle
	// ("troops arrived/VBN in"); clause repairs that tag.
	return isFinite(s.tag(j)) || s.tag(j) == "VBN" && s.startsVP(j)
}

// reducedRelative reports whether the participle at k and its phrase are
// followed by a finite verb (adverbs between), so that they modify the noun
// before them rather than head the clause: "workers affiliated with the
// union stopped work", not "Iran accused with ...".
func (s *state) reducedRelative(k int) bool {
	if s.controlInfinitive(k) {
		return false
	}
	_, k2 := s.mainVP(k)
	for s.tag(k2) == "RB" {
		k2++
	}
	return k2 > k+1 && isFinite(s.tag(k2)) && !s.subordinateVerb(k, k2)
}

// controlInfinitive reports whether the verb at k is a subject-control
// past ("agreed", "voted", "threatened") followed by its own infinitive,
// directly or after one short prepositional phrase: "Sheinbaum agreed on
// Monday to send troops", "the council voted on Wednesday to set up a
// mission". Such a verb has no passive with an infinitive, so it heads the
// clause however many finite verbs its phrase holds further on ("... in
// exchange for a pause in the tariffs Trump had threatened").
func (s *state) controlInfinitive(k int) bool {
	if !s.is(subjectControlPasts, k) {
		return false
	}
	j := k + 1
	if s.tag(j) == "IN" && !s.wordIs(j, "that") {
		for j++; j < k+8 && s.nounPhraseWord(j); j++ {
		}
	}
	return s.tag(j) == "TO" && s.tag(j+1) == "VB"
}

// nounPhraseWord reports whether token j can stand in a short noun phrase
// such as "on Monday" or "in a video": a determiner, adjective, noun,
// number or possessive.
func (s *state) nounPhraseWord(j int) bool {
	switch s.tag(j) {
	case "DT", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "PRP$":
		return true
	}
	return false
}

// clauseOnly are subordinators that never head a prepositional phrase.
var clauseOnly = map[string]bool{
	"if": true, "when": true, "while": true, "because": true, "unless": true,
	"although": true, "though": true, "whereas": true,
}

// subordinateVerb reports whether the finite verb at k2, after the
// participle at k and its phrase, is the verb of a subordinate clause the
// phrase opened and did not close: "The European Union threatened on
// Monday to impose sanctions if fighting in Tigray did not stop" (the
// gerund subject left "if" without its clause, so "did" looked like the
// sentence's verb and "threatened" like a reduced relative). A finite
// verb between the subordinator and k2 closes the clause ("troops deployed
// when the war began have left").
func (s *state) subordinateVerb(k, k2 int) bool {
	for j := k2 - 1; j > k; j-- {
		if isFinite(s.tag(j)) {
			return false
		}
		if s.is(clauseOnly, j) {
			return true
		}
	}
	return false
}

func allLeaves(n *node) bool {
	for _, c := range n.Children {
		if !c.IsLeaf() {
			return false
		}
	}
	return true
}

// countFollows reports whether the numbers starting at k count a plural
// noun: "5.1 million dollars", "20 people".
func (s *state) countFollows(k int) bool {
	for k < s.end && s.tag(k) == "CD" {
		k++
	}
	return s.tag(k) == "NNS" || isAdj(s.tag(k)) && s.tag(k+1) == "NNS"
}

// listAt reports whether a list "A, B(, C)* (,) and D" continues at the
// comma k.
func (s *state) listAt(k int) bool {
	items := 0
	for j := k; j < s.end; {
		if s.tag(j) == "," && s.tag(j+1) == "CC" {
			j++
		}
		if s.tag(j) == "CC" {
			_, j2 := s.baseNP(j + 1)
			return j2 > j+1 && items >= 1
		}
		if s.tag(j) != "," {
			return false
		}
		_, j2 := s.baseNP(j + 1)
		if j2 == j+1 {
			return false
		}
		items++
		j = j2
	}
	return false
}

// list reads the rest of a list whose first item is n and whose first comma
// is at k: (NP (NP A) (, ,) (NP B) (, ,) (CC and) (NP C)).
func (s *state) list(n *node, k int) (*node, int) {
	b := s.p.buf()
	defer func() { s.p.put(b) }()
	b = append(b, n)
	for k < s.end {
		t := s.tag(k)
		if t == "," {
			b = append(b, s.leaf(k))
			k++
			continue
		}
		if t == "CC" {
			last, k2 := s.np(k+1, appos)
			b = append(b, s.leaf(k), last)
			k = k2
			break
		}
		item, k2 := s.baseNP(k)
		if item == nil {
			break
		}
		b = append(b, item)
		k = k2
	}
	return s.p.mk("NP", b...), k
}

// attachPP reports whether the preposition at k attaches to a noun phrase in
// the given role rather than to the verb.
func (s *state) attachPP(k, role int) bool {
	if s.wordIs(k, "that") {
		return false
	}
	if s.wordIs(k, "of") {
		// not to a weekday: "accused Pakistan on Thursday of helping" is
		// accused of helping ("Thursday of next week" keeps it)
		return !s.is(weekdays, k-1) || s.wordIs(k+1, "last") || s.wordIs(k+1, "next") || s.wordIs(k+1, "this")
	}
	if s.tag(k) == "TO" {
		return role == subject && s.npStart(k+1) && s.toPPBeforeVerb(k)
	}
	if s.is(subordinators, k) && s.startsClause(k+1) {
		return false
	}
	double := s.tag(k+1) == "IN" && (s.wordIs(k, "along") && s.wordIs(k+1, "with") || s.wordIs(k, "from") && s.npStart(k+2))
	if !s.npStart(k+1) && s.tag(k+1) != "VBG" && !double {
		return false
	}
	return role == subject || role == appos
}

// toPPBeforeVerb reports whether the "to" at k opens a noun phrase that the
// clause's finite verb follows: in "Russia's envoy to the United Nations
// criticized Israel" and "India's exports to the Emirates rose" the "to"
// phrase belongs to the subject, which otherwise ended before it and left
// the sentence a fragment.
func (s *state) toPPBeforeVerb(k int) bool {
	n, j := s.np(k+1, inSubjPP)
	if n == nil {
		return false
	}
	for s.tag(j) == "RB" {
		j++
	}
	return isFinite(s.tag(j)) || s.tag(j) == "MD"
}

// pp reads a prepositional phrase at i: (PP (IN with) (NP ...)).
func (s *state) pp(i int) (*node, int) { return s.ppIn(i, object) }

// ppIn reads a prepositional phrase attached to a phrase in the given role.
func (s *state) ppIn(i, role int) (*node, int) {
	if s.tag(i+1) == "IN" && (s.wordIs(i, "along") && s.wordIs(i+1, "with") || s.wordIs(i, "from") && s.npStart(i+2)) {
		// "along with its allies", "from throughout the country"
		if inner, k := s.ppIn(i+1, role); inner != nil {
			return s.p.mk("PP", s.leaf(i), inner), k
		}
	}
	in := s.leaf(i)
	k := i + 1
	if s.tag(k) == "VBG" {
		if vp, k2 := s.vp(k); vp != nil {
			return s.p.mk("PP", in, s.p.mk("S", vp)), k2
		}
	}
	if (s.wordIs(k, "whether") || s.wordIs(k, "how") || s.wordIs(k, "why")) && !s.wordIs(i, "to") && s.startsClause(k+1) {
		// "an investigation into how a drone entered its airspace", "a
		// dispute over whether the vote was fair": a question as the
		// preposition's object. Left out, the phrase ended at the
		// preposition and the clause hung outside the verb phrase, out of
		// the verb's reach.
		if cl, k2 := s.clause(k + 1); cl != nil {
			comp := s.leaf(k)
			if s.tag(k) == "WRB" {
				comp = s.p.mk("WHADVP", comp)
			}
			return s.p.mk("PP", in, s.p.mk("SBAR", comp, cl)), k2
		}
	}
	objRole := inPP
	if role == subject || role == inSubjPP {
		objRole = inSubjPP
	}
	obj, k2 := s.np(k, objRole)
	if obj == nil {
		return nil, i
	}
	return s.p.mk("PP", in, obj), k2
}

// relative reads a relative clause at i: (SBAR (WHNP (WDT which)) (S (VP ...))).
func (s *state) relative(i int) (*node, int) {
	wh := s.leaf(i)
	label := "WHNP"
	if s.tag(i) == "WRB" {
		label = "WHADVP"
	}
	whp := s.p.mk(label, wh)
	k := i + 1
	var body *node
	if isVerb(s.tag(k)) {
		vp, k2 := s.vp(k)
		if vp == nil {
			return nil, i
		}
		body, k = s.p.mk("S", vp), k2
	} else if g, k2 := s.gappedReport(k); g != nil && s.wordIs(i, "what") {
		body, k = g, k2 // "what New Delhi said was a militant camp"
	} else {
		cl, k2 := s.clause(k)
		if cl == nil {
			return nil, i
		}
		body, k = cl, k2
	}
	return s.p.mk("SBAR", whp, body), k
}

// scareQuote reports whether the opening quote at k encloses a few words of
// a noun phrase that goes on after the closing quote: "the “ barbaric ”
// attack", "its “ special military operation ” in Ukraine" read as one
// phrase, not a phrase cut at the quote.
func (s *state) scareQuote(k int) bool {
	for j := k + 1; j < s.end && j <= k+5; j++ {
		t := s.tag(j)
		switch {
		case t == "''":
			return j > k+1 && (isNoun(s.tag(j+1)) || isAdj(s.tag(j+1)))
		case isNoun(t) || isAdj(t) || t == "HYPH" || t == "VBN" || t == "VBG":
		default:
			return false
		}
	}
	return false
}

// quoteOpen reports whether the phrase read so far holds an opening quote
// that no closing quote has matched.
func quoteOpen(b []*node) bool {
	open := false
	for _, n := range b {
		switch n.Label {
		case "``":
			open = true
		case "''":
			open = false
		}
	}
	return open
}

// hasChild reports whether n has a child labelled label.
func hasChild(n *node, label string) bool {
	for _, c := range n.Children {
		if c.Label == label {
			return true
		}
	}
	return false
}
