// Package treebank holds the phrase-structure tree the coder reads, and a reader
// for Penn Treebank bracketed parses such as the <Parse> of PETRARCH records.
// dyad's own shallow parser (package chunk) produces the same trees from raw text.
package treebank

import "strings"

// Node is a node of a phrase-structure tree. A leaf (preterminal) has a Penn
// Treebank part-of-speech Label ("NNP", "VBD") and a Word; an inner node has a
// phrase Label ("S", "NP", "VP", "PP", "SBAR") and Children.
type Node struct {
	Label    string
	Word     string // only on leaves
	Children []*Node
	Start    int // byte offsets of the node's words in the sentence or document text;
	End      int // both 0 when the tree was read without text
}

// IsLeaf reports whether n is a preterminal holding a word.
func (n *Node) IsLeaf() bool { return len(n.Children) == 0 }

// Leaves returns the preterminals under n in order.
func (n *Node) Leaves() []*Node {
	var out []*Node
	var walk func(*Node)
	walk = func(m *Node) {
		if m.IsLeaf() {
			out = append(out, m)
			return
		}
		for _, c := range m.Children {
			walk(c)
		}
	}
	walk(n)
	return out
}

// Words returns the words under n joined by single spaces.
func (n *Node) Words() string {
	leaves := n.Leaves()
	ws := make([]string, len(leaves))
	for i, l := range leaves {
		ws[i] = l.Word
	}
	return strings.Join(ws, " ")
}

// String prints n in bracketed form on one line: (S (NP (NNP Arnor)) ...).
func (n *Node) String() string {
	var b strings.Builder
	n.write(&b)
	return b.String()
}

func (n *Node) write(b *strings.Builder) {
	b.WriteByte('(')
	b.WriteString(n.Label)
	if n.IsLeaf() {
		b.WriteByte(' ')
		b.WriteString(n.Word)
	}
	for _, c := range n.Children {
		b.WriteByte(' ')
		c.write(b)
	}
	b.WriteByte(')')
}
