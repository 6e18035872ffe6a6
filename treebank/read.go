package treebank

import (
	"fmt"
	"strings"
)

// MaxDepth bounds the nesting of a parse tree, so hostile input cannot exhaust
// the stack of code that walks trees recursively.
const MaxDepth = 500

// Parse reads one Penn Treebank bracketed tree, such as
// "(ROOT (S (NP (NNP Arnor)) (VP (VBD left))))". Whitespace, including line
// breaks, is free. Unbalanced brackets, empty labels and trailing text are
// errors that give the byte offset in s.
func Parse(s string) (*Node, error) {
	p := parser{s: s}
	p.space()
	if p.i >= len(s) || s[p.i] != '(' {
		return nil, p.errorf("want '(' to start the tree")
	}
	n, err := p.node(0)
	if err != nil {
		return nil, err
	}
	p.space()
	if p.i < len(s) {
		return nil, p.errorf("text after the tree: %q", clip(s[p.i:]))
	}
	// "( (S ...))": an unlabelled root wrapping one tree, as some parsers write it.
	for n.Label == "" && len(n.Children) == 1 {
		n = n.Children[0]
	}
	return n, nil
}

type parser struct {
	s string
	i int
}

func (p *parser) errorf(format string, args ...any) error {
	return fmt.Errorf("parse tree: offset %d: %s", p.i, fmt.Sprintf(format, args...))
}

func (p *parser) space() {
	for p.i < len(p.s) && (p.s[p.i] == ' ' || p.s[p.i] == '\n' || p.s[p.i] == '\t' || p.s[p.i] == '\r') {
		p.i++
	}
}

func (p *parser) atom() string {
	j := p.i
	for p.i < len(p.s) {
		c := p.s[p.i]
		if c == '(' || c == ')' || c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			break
		}
		p.i++
	}
	return p.s[j:p.i]
}

// node reads "(LABEL word)" or "(LABEL child...)"; p.i is at '('.
func (p *parser) node(depth int) (*Node, error) {
	if depth > MaxDepth {
		return nil, p.errorf("tree nested deeper than %d", MaxDepth)
	}
	p.i++ // '('
	p.space()
	n := &Node{Label: p.atom()}
	p.space()
	if p.i >= len(p.s) {
		return nil, p.errorf("unbalanced brackets: missing ')' at end of input")
	}
	if p.s[p.i] != '(' && p.s[p.i] != ')' {
		if n.Label == "" {
			return nil, p.errorf("leaf without a label")
		}
		n.Word = p.atom()
		p.space()
		if p.i >= len(p.s) {
			return nil, p.errorf("unbalanced brackets: missing ')' at end of input")
		}
		if p.s[p.i] != ')' {
			return nil, p.errorf("want ')' after word %q", n.Word)
		}
		p.i++
		return n, nil
	}
	for {
		p.space()
		if p.i >= len(p.s) {
			return nil, p.errorf("unbalanced brackets: missing ')' at end of input")
		}
		if p.s[p.i] == ')' {
			p.i++
			break
		}
		c, err := p.node(depth + 1)
		if err != nil {
			return nil, err
		}
		n.Children = append(n.Children, c)
	}
	if len(n.Children) == 0 {
		return nil, p.errorf("empty phrase (%s)", n.Label)
	}
	return n, nil
}

func clip(s string) string {
	if len(s) > 20 {
		return s[:20] + "..."
	}
	return s
}

// Unescape turns Penn Treebank bracket and quote tokens back into the
// characters they stand for (-LRB- → "(", “ → "\"").
func Unescape(w string) string {
	switch w {
	case "-LRB-":
		return "("
	case "-RRB-":
		return ")"
	case "-LCB-":
		return "{"
	case "-RCB-":
		return "}"
	case "-LSB-":
		return "["
	case "-RSB-":
		return "]"
	case "``", "''":
		return "\""
	}
	return w
}

// Align sets Start and End of every node of the tree to byte offsets into
// text, base added, by finding the leaves' words in order. A word that cannot
// be found gets an empty span at the current position; Align reports how many.
func Align(root *Node, text string, base int) (missing int) {
	pos := 0
	var walk func(n *Node)
	walk = func(n *Node) {
		if n.IsLeaf() {
			w := Unescape(n.Word)
			k := strings.Index(text[pos:], w)
			if k < 0 && w != n.Word {
				k = strings.Index(text[pos:], n.Word)
				w = n.Word
			}
			if k < 0 || (k > 0 && strings.TrimSpace(text[pos:pos+k]) != "" && k > 40) {
				missing++
				n.Start, n.End = base+pos, base+pos
				return
			}
			n.Start, n.End = base+pos+k, base+pos+k+len(w)
			pos += k + len(w)
			return
		}
		for _, c := range n.Children {
			walk(c)
		}
		n.Start, n.End = n.Children[0].Start, n.Children[len(n.Children)-1].End
	}
	walk(root)
	return missing
}
