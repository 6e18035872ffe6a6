package coder

import (
	"strings"
	"time"

	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/treebank"
)

// sent is the per-call scratch space for one sentence.
type sent struct {
	c      *Coder
	date   int // yyyymmdd
	nodes  []*treebank.Node
	spans  []nspan // per node in preorder
	leaves []*treebank.Node
	words  []string
	tags   []string
	vpEnd  []int   // per leaf: last leaf of the VP it is a direct child of, or -1
	parent []int   // per node: parent node, -1 for the root
	leafK  []int   // per leaf: its node
	ne     []int32 // per leaf: the actor phrase it belongs to, or -1
	nes    []mention
	// noNewUntil: leaves up to here are inside a noun phrase already judged
	// for new_actor_length, so no part of it becomes a new actor.
	noNewUntil int
	del        []bool // per leaf: inside a comma-delimited clause that is ignored
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
}

func (s *sent) reset(c *Coder, tree *treebank.Node, date time.Time) {
	s.c = c
	s.date = date.Year()*10000 + int(date.Month())*100 + date.Day()
	s.nodes, s.spans, s.leaves = s.nodes[:0], s.spans[:0], s.leaves[:0]
	s.parent, s.leafK = s.parent[:0], s.leafK[:0]
	s.words, s.tags, s.vpEnd, s.ne, s.nes = s.words[:0], s.tags[:0], s.vpEnd[:0], s.ne[:0], s.nes[:0]
	s.noNewUntil = -1
	s.del = s.del[:0]
	s.collect(tree, -1)
	for _, l := range s.leaves {
		s.words = append(s.words, upperWord(l.Word))
		s.tags = append(s.tags, l.Label)
		s.ne = append(s.ne, -1)
		s.del = append(s.del, false)
	}
}

func upperWord(w string) string {
	w = treebank.Unescape(w)
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'a' && c <= 'z' {
			return strings.ToUpper(w)
		}
	}
	return w
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
		for _, ch := range n.Children {
			if ch.IsLeaf() {
				// direct leaf children: find their index by position
				for i := first; i <= last; i++ {
					if s.leaves[i] == ch {
						s.vpEnd[i] = last
						break
					}
				}
			}
		}
	}
}

// isLabel reports whether label is want, allowing function tags (NP-SBJ).
func isLabel(label, want string) bool {
	return label == want || strings.HasPrefix(label, want) && len(label) > len(want) && label[len(want)] == '-'
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
