package chunk

import (
	"github.com/dyadproject/dyad/token"
	"github.com/dyadproject/dyad/treebank"
)

// state is the parse of one sentence: the tagged tokens and the parser whose
// slabs hold the nodes.
type state struct {
	p    *Parser
	toks []token.Token
	end  int // tokens from end on are attached flat
	memo []int8
	// Memoised results per start token: leaves, base noun phrases and noun
	// phrases by role. A token's subtree is built once however often the
	// grammar backtracks over it.
	leaves []*node
	base   []memoNP
	nps    [numRoles][]memoNP
}

type memoNP struct {
	n    *node
	end  int32
	done bool
}

type node = treebank.Node

func (s *state) tag(i int) string {
	if i < 0 || i >= s.end {
		return ""
	}
	return s.toks[i].Tag
}

func (s *state) word(i int) string {
	if i < 0 || i >= s.end {
		return ""
	}
	return s.toks[i].Word
}

func (s *state) leaf(i int) *node {
	if i < len(s.leaves) {
		if l := s.leaves[i]; l != nil {
			return l
		}
		s.leaves[i] = s.p.leaf(&s.toks[i])
		return s.leaves[i]
	}
	return s.p.leaf(&s.toks[i])
}

// is reports whether the word at i, lower-cased, is in set.
func (s *state) is(set map[string]bool, i int) bool {
	w := s.word(i)
	if w == "" {
		return false
	}
	var buf [24]byte
	if len(w) > len(buf) {
		return false
	}
	upper := false
	for k := 0; k < len(w); k++ {
		c := w[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
			upper = true
		}
		buf[k] = c
	}
	if !upper {
		return set[w]
	}
	return set[string(buf[:len(w)])]
}

func (s *state) wordIs(i int, w string) bool {
	x := s.word(i)
	if len(x) != len(w) {
		return false
	}
	for k := 0; k < len(w); k++ {
		c := x[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[k] {
			return false
		}
	}
	return true
}

func isNoun(t string) bool {
	return t == "NN" || t == "NNS" || t == "NNP" || t == "NNPS"
}

func isVerb(t string) bool {
	return len(t) >= 2 && t[0] == 'V' && t[1] == 'B' || t == "MD"
}

// isFinite reports whether tag t can head a finite verb group.
func isFinite(t string) bool {
	return t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD"
}

func isAdj(t string) bool { return t == "JJ" || t == "JJR" || t == "JJS" }

// npStart reports whether a noun phrase can start at i.
func (s *state) npStart(i int) bool {
	switch t := s.tag(i); t {
	case "DT", "PDT", "PRP$", "WP$", "CD", "PRP", "EX", "$", "#", "NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS":
		return true
	case "RB", "IN":
		if s.tag(i+1) == "CD" && s.is(approximators, i) {
			return true // "About 300 representatives"
		}
		if s.tag(i+2) == "CD" && (s.wordIs(i, "up") && s.wordIs(i+1, "to") || s.wordIs(i, "at") && (s.wordIs(i+1, "least") || s.wordIs(i+1, "most"))) {
			return true
		}
		if s.tag(i) == "IN" {
			return false
		}
		n := s.tag(i + 1)
		return (n == "CD" || n == "DT" && s.wordIs(i, "almost")) && s.nounAhead(i+1)
	case "VBG", "VBN":
		return isNoun(s.tag(i+1)) && !s.is(auxiliaries, i)
	case "FW":
		return s.foreignModifier(i)
	case "``":
		return s.npStart(i + 1)
	}
	return false
}

// nounAhead reports whether a noun or number follows within a few
// modifier tokens.
func (s *state) nounAhead(i int) bool {
	for k := i; k < s.end && k < i+6; k++ {
		t := s.tag(k)
		if isNoun(t) || t == "CD" {
			return true
		}
		if t == "," && k > 0 && isAdj(s.tag(k-1)) && isAdj(s.tag(k+1)) {
			continue
		}
		// "Chinese, Russian and Iranian warships": the list's last
		// adjectives are joined by a conjunction, so the comma after the
		// first still has its noun ahead.
		if t == "CC" && k > i && isAdj(s.tag(k-1)) && isAdj(s.tag(k+1)) {
			continue
		}
		if !(isAdj(t) || t == "DT" || t == "RB" || t == "VBN" || t == "VBG") {
			return false
		}
	}
	return false
}

// startsClause reports whether a clause with a subject starts at i: a noun
// phrase followed (after adverbs) by a finite verb. Answers are memoised per
// token, which keeps the parse polynomial however the grammar backtracks.
func (s *state) startsClause(i int) bool {
	if i < 0 || i >= s.end || !s.npStart(i) {
		return false
	}
	switch s.memo[i] {
	case 1:
		return true
	case 2:
		return false
	}
	s.memo[i] = 2 // a clause cannot start inside its own subject
	_, k := s.np(i, subject)
	if s.tag(k) == "``" {
		k++ // the two countries "agreed to ..."
	}
	for s.tag(k) == "RB" {
		k++
	}
	ok := k > i && isFinite(s.tag(k))
	if ok {
		s.memo[i] = 1
	}
	return ok
}
