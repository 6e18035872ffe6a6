package coder

import (
	"strings"
	"time"
	"unsafe"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/coref"
	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/treebank"
)

// sent is the per-call scratch space for one sentence.
type sent struct {
	c       *Coder
	date    int // yyyymmdd
	when    time.Time
	refs    *coref.Resolver // nil: references are not resolved
	sentIdx int             // the sentence's index in its document, for refs
	nodes   []*treebank.Node
	spans   []nspan // per node in preorder
	leaves  []*treebank.Node
	words   []string
	tags    []string
	vpEnd   []int   // per leaf: last leaf of the VP it is a direct child of, or -1
	parent  []int   // per node: parent node, -1 for the root
	leafK   []int   // per leaf: its node
	ne      []int32 // per leaf: the actor phrase it belongs to, or -1
	nes     []mention
	hidden  []mention // actor phrases in ignored comma clauses, for references only
	// noNewUntil: leaves up to here are inside a noun phrase already judged
	// for new_actor_length, so no part of it becomes a new actor.
	noNewUntil int
	del        []bool // per leaf: inside a comma-delimited clause that is ignored
	used       []bool // per leaf: inside the phrase of a verb already coded
	upLimit    int    // first leaf a pattern's words before the verb may read
	buf        []byte // upper-cased words
	chbuf      []int  // stack of children lists, see kids
	memo       [][]acode
	memoOK     []bool
	mx         sentIndex  // the pattern index's view of the words
	titleWords []string   // the words title gives actor.Title
	texts      []textMemo // texts of leaf ranges built so far, see text
	// acBlock and roleBlock hand out codeFlat's one-code results and title's
	// roles eight at a time instead of one heap object each (see one). They
	// run on across the sentences a pooled sent codes, so a block is used to
	// its end; what it keeps alive of earlier sentences is at most seven
	// results, and those were handed out, never written again.
	acBlock   []acode
	roleBlock []actor.Role
}

type nspan struct {
	first, last int // leaves
	size        int // nodes in the subtree
}

// mention is an actor noun phrase: a coded (or proper-noun) NP.
type mention struct {
	first, last int
	codes       []acode
}

// acode is one actor code of a mention, with its provenance.
type acode struct {
	code        string      // actor code with agent codes
	base        string      // actor code alone
	actor       *dict.Actor // nil when only agents were found
	dated       *dict.Dated
	agents      []*dict.Agent
	first, last int // leaves naming it
	hasActor    bool
	role        *actor.Role // the title or role that gave the code, if any
	ref         *dyad.Actor // the earlier mention a reference was resolved to, if any
}

func (s *sent) reset(c *Coder, tree *treebank.Node, date time.Time) {
	s.c = c
	s.date = date.Year()*10000 + int(date.Month())*100 + date.Day()
	if date.IsZero() {
		s.date = 0 // undated: dict.Actor.CodeAt reads each actor in its latest role
	}
	s.when = date
	s.nodes, s.spans, s.leaves = s.nodes[:0], s.spans[:0], s.leaves[:0]
	s.parent, s.leafK = s.parent[:0], s.leafK[:0]
	s.chbuf = s.chbuf[:0]
	s.words, s.tags, s.vpEnd, s.ne, s.nes = s.words[:0], s.tags[:0], s.vpEnd[:0], s.ne[:0], s.nes[:0]
	s.hidden = s.hidden[:0]
	clear(s.texts) // a pooled sent keeps no document's strings alive
	s.texts = s.texts[:0]
	s.noNewUntil = -1
	s.del, s.used = s.del[:0], s.used[:0]
	s.collect(tree, -1)
	n := len(s.nodes)
	if cap(s.memo) < n {
		s.memo, s.memoOK = make([][]acode, n), make([]bool, n)
	}
	s.memo, s.memoOK = s.memo[:n], s.memoOK[:n]
	clear(s.memo)
	clear(s.memoOK)
	s.buf = s.buf[:0]
	for _, l := range s.leaves {
		s.words = append(s.words, s.upperWord(l.Word))
		s.tags = append(s.tags, l.Label)
		s.ne = append(s.ne, -1)
		s.del = append(s.del, false)
		s.used = append(s.used, false)
	}
}

// upperWord upper-cases a word. ASCII words are written into the sentence's
// scratch buffer: the strings point into it and are valid only for this call,
// so they must never be kept in a result (codes and texts are copied).
func (s *sent) upperWord(w string) string {
	w = treebank.Unescape(w)
	lower := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return strings.ToUpper(w)
		}
		if c >= 'a' && c <= 'z' {
			lower = true
		}
	}
	if !lower {
		return w
	}
	if cap(s.buf)-len(s.buf) < len(w) {
		// A new buffer: strings already made keep pointing into the old one.
		s.buf = make([]byte, 0, max(4096, 2*len(w)))
	}
	start := len(s.buf)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		s.buf = append(s.buf, c)
	}
	b := s.buf[start:len(s.buf):len(s.buf)]
	return unsafe.String(&b[0], len(b))
}

// collect numbers nodes in preorder, recording leaf ranges and VP ends.
func (s *sent) collect(n *treebank.Node, parent int) {
	k := len(s.nodes)
	s.nodes = append(s.nodes, n)
	s.spans = append(s.spans, nspan{})
	s.parent = append(s.parent, parent)
	first := len(s.leaves)
	if n.IsLeaf() {
		s.leaves = append(s.leaves, n)
		s.vpEnd = append(s.vpEnd, -1)
		s.leafK = append(s.leafK, k)
	} else {
		for _, ch := range n.Children {
			s.collect(ch, k)
		}
	}
	last := len(s.leaves) - 1
	s.spans[k] = nspan{first: first, last: last, size: len(s.nodes) - k}
	if isLabel(n.Label, "VP") {
		// Direct leaf children are the leaves whose parent is this node.
		for i := first; i <= last; i++ {
			if s.parent[s.leafK[i]] == k {
				s.vpEnd[i] = last
			}
		}
	}
}

// isLabel reports whether label is want, allowing function tags (NP-SBJ).
func isLabel(label, want string) bool {
	return label == want || strings.HasPrefix(label, want) && len(label) > len(want) && label[len(want)] == '-'
}

// isClauseLabel reports whether label is a clause that has a subject
// position: S, an inverted SINV or a question SQ.
func isClauseLabel(label string) bool {
	return isLabel(label, "S") || label == "SINV" || label == "SQ"
}

// kids returns the children of node k on the sentence's scratch stack; the
// caller truncates s.chbuf back when done with them.
func (s *sent) kids(k int) []int {
	start := len(s.chbuf)
	n := s.nodes[k]
	j := k + 1
	for range n.Children {
		s.chbuf = append(s.chbuf, j)
		j += s.spans[j].size
	}
	return s.chbuf[start:len(s.chbuf):len(s.chbuf)]
}

// children returns the preorder indexes of node k's children.
func (s *sent) children(k int, buf []int) []int {
	buf = buf[:0]
	n := s.nodes[k]
	j := k + 1
	for range n.Children {
		buf = append(buf, j)
		j += s.spans[j].size
	}
	return buf
}

// one returns c as a one-element slice carved from the sentence's block,
// its capacity cut to one so that a caller's append copies as it would from
// a slice of its own. Elements handed out are never written again (a full
// block is replaced, not reused), so a result kept by a memo or an event
// stays as it was.
func (s *sent) one(c acode) []acode { return carve(&s.acBlock, c) }

// keepRole returns a pointer to a copy of r from the sentence's role block,
// on the same terms as one.
func (s *sent) keepRole(r actor.Role) *actor.Role { return &carve(&s.roleBlock, r)[0] }

// carve appends v to *block, replacing a full block with a fresh one of
// eight, and returns v's element as a slice of length and capacity one.
func carve[T any](block *[]T, v T) []T {
	if len(*block) == cap(*block) {
		*block = make([]T, 0, 8)
	}
	*block = append(*block, v)
	n := len(*block)
	return (*block)[n-1 : n : n]
}
