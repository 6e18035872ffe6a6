package coder

import "strings"

// dropCommaClauses marks the comma-delimited clauses that the comma options
// remove before coding: a clause between two commas of comma_min..comma_max
// words, the opening clause of comma_bmin..comma_bmax words and the closing
// clause of comma_emin..comma_emax words (a max of 0 disables each). Only
// commas between clauses and phrases count, not those in a list of adjectives.
func (s *sent) dropCommaClauses() {
	o := &s.c.opt
	var commas []int
	for i, t := range s.tags {
		if t != "," {
			continue
		}
		par := s.parent[s.leafK[i]]
		if par < 0 {
			continue // the tree is the comma alone
		}
		switch pl := s.nodes[par].Label; {
		case isLabel(pl, "ADJP"), isLabel(pl, "QP"), isLabel(pl, "ADVP"):
			continue
		case isLabel(pl, "NP") && i > 0 && strings.HasPrefix(s.tags[i-1], "JJ"):
			continue // "complete, full diplomatic ties"
		case isLabel(pl, "NP") && s.hasCC(par):
			continue // "Mordor, Rohan, Fornost and Bree"
		case isLabel(pl, "NP") && s.hasIncluding(par):
			continue // "Several countries, including Britain and France, ..."
		case isLabel(pl, "NP") && s.parent[par] >= 0 && isLabel(s.nodes[s.parent[par]].Label, "NP") && s.hasCC(s.parent[par]):
			continue // the same list bracketed "((Mordor, Rohan,) and Bree)"
		}
		commas = append(commas, i)
	}
	if len(commas) == 0 {
		return
	}
	end := len(s.leaves)
	for end > 0 && isPunct(s.tags[end-1]) {
		end--
	}
	drop := func(a, b, min, max int) { // leaves a..b-1
		if max == 0 || a >= b {
			return
		}
		for i := a; i < b; i++ {
			if s.tags[i] == ":" && s.leaves[i].Word == ";" {
				b = i // "..., mostly policemen; the Taliban claimed responsibility": a clause of its own
				break
			}
		}
		n := 0
		for i := a; i < b; i++ {
			if !isPunct(s.tags[i]) {
				n++
			}
		}
		if n < min || n > max || o.KeepMainVerb && (s.hasMainVerb(a, b) || s.hasMainSubject(a, b) || s.forceClause(a, b) || s.promptedClause(a, b) || s.brokerStretch(a, b) || s.conjoinedClause(a, b) || s.storyDayRelative(a, b) || s.sameDayClause(a, b) || s.talksStretch(a, b)) {
			return
		}
		for i := a; i < b; i++ {
			s.del[i] = true
		}
	}
	for k := 0; k+1 < len(commas); k++ {
		drop(commas[k]+1, commas[k+1], o.CommaMin, o.CommaMax)
	}
	drop(0, commas[0], o.CommaBMin, o.CommaBMax)
	drop(commas[len(commas)-1]+1, end, o.CommaEMin, o.CommaEMax)
}

func isPunct(tag string) bool {
	switch tag {
	case ",", ".", ":", "``", "''", "-LRB-", "-RRB-", "#", "$":
		return true
	}
	return false
}

func (s *sent) hasCC(k int) bool {
	for _, c := range s.nodes[k].Children {
		if c.Label == "CC" || c.Label == "CONJP" { // "and", "as well as"
			return true
		}
	}
	return false
}

// hasMainVerb reports whether leaves a..b-1 hold the verb of the sentence's
// main clause (a verb directly under a VP that is a child of the top S): in
// "Raisi, who took office in 2021, visited Beijing", the words after the
// last comma are the sentence's predicate, not a clause to ignore.
func (s *sent) hasMainVerb(a, b int) bool {
	top := s.topClause()
	if top < 0 {
		return false
	}
	for i := a; i < b; i++ {
		if !strings.HasPrefix(s.tags[i], "VB") {
			continue
		}
		vp := s.parent[s.leafK[i]]
		for vp >= 0 && isLabel(s.nodes[vp].Label, "VP") && s.parent[vp] >= 0 && isLabel(s.nodes[s.parent[vp]].Label, "VP") {
			vp = s.parent[vp] // "has visited": the outer VP
		}
		if vp >= 0 && isLabel(s.nodes[vp].Label, "VP") && s.parent[vp] == top {
			return true
		}
	}
	return false
}

// hasMainSubject reports whether leaves a..b-1 hold the subject of the
// sentence's main clause: the first noun phrase child of the top S, with
// the clause's verb phrase after it. "In April, a Chinese military delegation, headed by
// Wei Fenghe, landed in Iran" puts the subject between two commas, where a
// parenthetical usually stands.
func (s *sent) hasMainSubject(a, b int) bool {
	top := s.topClause()
	if top < 0 {
		return false
	}
	var buf [16]int
	kids := s.children(top, buf[:0])
	for i := a; i < b; i++ {
		k := s.leafK[i]
		for k >= 0 && s.parent[k] != top {
			k = s.parent[k]
		}
		if k < 0 || !isLabel(s.nodes[k].Label, "NP") || s.spans[k].first < a {
			continue // not a noun phrase of the clause, or one begun before the comma
		}
		i = s.spans[k].last // the phrase's other leaves climb to it too
		after := false
		for _, c := range kids {
			l := s.nodes[c].Label
			switch {
			case c == k:
				after = true
			case after && isLabel(l, "VP"):
				return true
			case !after && isLabel(l, "NP") && l != "NP-TMP":
				return false // an apposition of the subject before it
			}
		}
	}
	return false
}

// topS returns the node of the sentence's top clause, the first S reached
// from the root through single children, or -1.
func (s *sent) topS() int {
	for k := 0; k < len(s.nodes); k++ {
		if isLabel(s.nodes[k].Label, "S") {
			return k
		}
		if s.nodes[k].IsLeaf() || len(s.nodes[k].Children) != 1 {
			return -1
		}
	}
	return -1
}

// hasIncluding reports whether NP node k has a PP opened by "including": its
// commas set off the members of the group, which name the actors.
func (s *sent) hasIncluding(k int) bool {
	mark := len(s.chbuf)
	defer func() { s.chbuf = s.chbuf[:mark] }()
	for _, c := range s.kids(k) {
		if isLabel(s.nodes[c].Label, "PP") && s.words[s.spans[c].first] == "INCLUDING" {
			return true
		}
	}
	return false
}

// topClause is topS, or under a dateline ("MOSCOW (Reuters) - Xi arrived
// ...", a FRAG of the dateline's noun phrase, a dash and the clause) the
// clause after the dash.
func (s *sent) topClause() int {
	if top := s.topS(); top >= 0 {
		return top
	}
	for k := 0; k < len(s.nodes) && !s.nodes[k].IsLeaf(); k++ {
		if s.nodes[k].Label == "FRAG" {
			return s.datelineClause(k)
		}
		if len(s.nodes[k].Children) != 1 {
			return -1
		}
	}
	return -1
}

// datelineClause returns the clause of a FRAG node k that opens with a
// dateline: noun phrases and commas, a dash (":"), then an S. It returns -1
// for any other FRAG.
func (s *sent) datelineClause(k int) int {
	var buf [16]int
	dash := false
	for _, c := range s.children(k, buf[:0]) {
		l := s.nodes[c].Label
		switch {
		case dash && isLabel(l, "S"):
			return c
		case dash:
			return -1
		case l == ":":
			dash = true
		case !isLabel(l, "NP") && l != ",":
			return -1
		}
	}
	return -1
}

// conjoinedClause reports whether leaves a..b-1, a stretch after a comma,
// are a conjunction and a whole clause with a subject of its own: "The
// Israeli army raided Jenin, and Palestinian gunmen fired on Israeli
// troops" coordinates two main clauses, and the second is a second event,
// not an aside the comma options may drop. So is an as / while / whereas
// clause with a subject (timedSubordinators): "Pakistan accused India of
// violating the ceasefire, while India blamed Pakistani troops". So is a
// conjunction and a verb phrase of the main subject: "Iran condemned the
// attack on Monday, but accused Israel of lying".
func (s *sent) conjoinedClause(a, b int) bool {
	if a+1 >= b || s.tags[a] != "CC" && !(s.tags[a] == "IN" && timedSubordinators[s.words[a]]) {
		return false
	}
	k := s.leafK[a+1]
	for p := s.parent[k]; p >= 0 && s.spans[p].first == a+1 && s.spans[p].last < b; p = s.parent[p] {
		k = p
	}
	if s.tags[a] == "CC" && (isLabel(s.nodes[k].Label, "VP") && s.parent[k] >= 0 && isLabel(s.nodes[s.parent[k]].Label, "VP") || isLabel(s.nodes[k].Label, "S") && isLabel(s.nodes[k].Children[0].Label, "VP")) {
		return true // ", but accused Israel of lying": a second verb phrase of the subject
	}
	return isLabel(s.nodes[k].Label, "S") && s.hasSubject(k)
}
