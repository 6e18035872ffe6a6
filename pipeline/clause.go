package pipeline

import (
	"strings"

	"github.com/dyadproject/dyad/treebank"
)

// clauses numbers the clauses of a parsed sentence, so that a date or a
// place is given to an event only when it is said in the event's own
// clause: in "Raisi, who took office in 2021, visited Beijing", 2021 belongs
// to the relative clause, not to the visit. A clause starts at the root, at
// an SBAR, and at an S with a subject of its own; an S without one (a
// to-infinitive, a participle) belongs to the clause around it.
type clauses struct {
	start, end []int // per leaf: bytes of the document
	id         []int // per leaf: its clause
}

func clausesOf(tree *treebank.Node) clauses {
	n := leaves(tree)
	all := make([]int, 0, 3*n) // one array for the three per-leaf slices
	c := clauses{start: all[0:0:n], end: all[n : n : 2*n], id: all[2*n : 2*n : 3*n]}
	next := 0
	var walk func(n *treebank.Node, id int)
	walk = func(n *treebank.Node, id int) {
		if n.IsLeaf() {
			c.start = append(c.start, n.Start)
			c.end = append(c.end, n.End)
			c.id = append(c.id, id)
			return
		}
		if opensClause(n) {
			next++
			id = next
		}
		for _, ch := range n.Children {
			walk(ch, id)
		}
	}
	walk(tree, 0)
	return c
}

// leaves counts the leaves of n.
func leaves(n *treebank.Node) int {
	if n.IsLeaf() {
		return 1
	}
	k := 0
	for _, ch := range n.Children {
		k += leaves(ch)
	}
	return k
}

func opensClause(n *treebank.Node) bool {
	l := n.Label
	switch {
	case strings.HasPrefix(l, "SBAR"), l == "SINV", l == "SQ":
		return true
	case l == "S" || strings.HasPrefix(l, "S-"):
		for _, ch := range n.Children {
			if ch.Label == "VP" || strings.HasPrefix(ch.Label, "VP-") {
				return false
			}
			if ch.Label == "NP" || strings.HasPrefix(ch.Label, "NP-") {
				return true
			}
		}
	}
	return false
}

// at returns the clause of the leaf holding document byte off, or -1.
func (c clauses) at(off int) int {
	for i := range c.id {
		if off >= c.start[i] && off < c.end[i] {
			return c.id[i]
		}
	}
	return -1
}

// same reports whether document byte off is in the clause of the verb at
// document byte verb. When either cannot be placed, it does not judge.
func (c clauses) same(verb, off int) bool {
	v, o := c.at(verb), c.at(off)
	return v < 0 || o < 0 || v == o
}
