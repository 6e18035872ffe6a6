package chunk

import (
	"sync"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/tag"
	"github.com/dyadproject/dyad/token"
	"github.com/dyadproject/dyad/treebank"
)

// Parser turns sentences into trees. It keeps its tokenizer output, tagger
// scratch and node slabs between calls, so use one Parser per goroutine.
// Trees it returns stay valid after later calls unless Recycle is set.
type Parser struct {
	// Recycle makes each call reuse the memory of the trees of the previous
	// call, so a tree is valid only until the next Parse. Callers that use a
	// tree at once and keep nothing of it (the coder keeps spans and
	// strings, not nodes) save the allocation and garbage collection.
	Recycle bool

	tagger  *tag.Tagger
	toks    []token.Token
	nodes   []treebank.Node  // slab nodes are carved from
	kids    []*treebank.Node // slab child lists are carved from
	scratch [][]*treebank.Node
	memo    []int8
	leaves  []*treebank.Node
	base    []memoNP
	nps     [numRoles][]memoNP

	// With Recycle, every slab used so far, reused from the first.
	nodeSlabs [][]treebank.Node
	kidSlabs  [][]*treebank.Node
	nslab     int
	kslab     int
}

// New returns a Parser that tags with m, or with the built-in model when m is
// nil.
func New(m *tag.Model) *Parser {
	return &Parser{tagger: tag.New(m)}
}

// maxTokens bounds the tokens parsed per sentence; the rest of a longer
// sentence is attached flat, so parsing time stays linear.
const maxTokens = 400

// Parse tokenizes, tags and parses the sentence s of a document whose text is
// text, and returns its tree. Leaf offsets are bytes of text. When text is
// empty, s.Text is parsed and offsets start at s.Span.Start.
func (p *Parser) Parse(text string, s dyad.Sentence) *treebank.Node {
	src, base := s.Text, s.Span.Start
	if text != "" && s.Span.Valid(len(text)) && s.Span.End > s.Span.Start {
		src = text[s.Span.Start:s.Span.End]
	}
	p.toks = token.Append(p.toks[:0], src, base)
	p.tagger.Tag(p.toks)
	return p.ParseTokens(p.toks)
}

// Tokens returns the tagged tokens of the last sentence Parse read. They are
// overwritten by the next call.
func (p *Parser) Tokens() []token.Token { return p.toks }

// ParseTokens parses one sentence of tagged tokens into a tree rooted at ROOT.
func (p *Parser) ParseTokens(toks []token.Token) *treebank.Node {
	if p.Recycle {
		p.nslab, p.kslab = 0, 0
		p.nodes, p.kids = nil, nil
	}
	st := state{p: p, toks: toks}
	return st.sentence()
}

var pool = sync.Pool{New: func() any { return New(nil) }}

// Parse parses the sentence s of the document text with a pooled Parser.
func Parse(text string, s dyad.Sentence) *treebank.Node {
	p := pool.Get().(*Parser)
	n := p.Parse(text, s)
	pool.Put(p)
	return n
}

const slab = 512

// leaf returns a preterminal for token i.
func (p *Parser) leaf(t *token.Token) *treebank.Node {
	n := p.alloc()
	label := t.Tag
	switch label {
	case "(":
		label = "-LRB-"
	case ")":
		label = "-RRB-"
	case "":
		label = "NN"
	}
	*n = treebank.Node{Label: label, Word: t.Word, Start: t.Start, End: t.End}
	return n
}

func (p *Parser) alloc() *treebank.Node {
	if len(p.nodes) == cap(p.nodes) {
		p.nodes = p.nextNodeSlab()
	}
	p.nodes = p.nodes[:len(p.nodes)+1]
	return &p.nodes[len(p.nodes)-1]
}

// mk returns an inner node with a copy of kids as children.
func (p *Parser) mk(label string, kids ...*treebank.Node) *treebank.Node {
	if len(kids) == 0 {
		return nil
	}
	if cap(p.kids)-len(p.kids) < len(kids) {
		p.kids = p.nextKidSlab(len(kids))
	}
	start := len(p.kids)
	p.kids = append(p.kids, kids...)
	n := p.alloc()
	*n = treebank.Node{
		Label:    label,
		Children: p.kids[start:len(p.kids):len(p.kids)],
		Start:    kids[0].Start,
		End:      kids[len(kids)-1].End,
	}
	return n
}

// buf returns an empty child list for building a node; give it back with
// put once mk has copied it.
func (p *Parser) buf() []*treebank.Node {
	if k := len(p.scratch); k > 0 {
		b := p.scratch[k-1]
		p.scratch = p.scratch[:k-1]
		return b[:0]
	}
	return make([]*treebank.Node, 0, 16)
}

func (p *Parser) put(b []*treebank.Node) { p.scratch = append(p.scratch, b) }

func (p *Parser) nextNodeSlab() []treebank.Node {
	if !p.Recycle {
		return make([]treebank.Node, 0, slab)
	}
	if p.nslab == len(p.nodeSlabs) {
		p.nodeSlabs = append(p.nodeSlabs, make([]treebank.Node, 0, slab))
	}
	s := p.nodeSlabs[p.nslab][:0]
	p.nslab++
	return s
}

func (p *Parser) nextKidSlab(need int) []*treebank.Node {
	if !p.Recycle || need > slab {
		return make([]*treebank.Node, 0, max(slab, need))
	}
	if p.kslab == len(p.kidSlabs) {
		p.kidSlabs = append(p.kidSlabs, make([]*treebank.Node, 0, slab))
	}
	s := p.kidSlabs[p.kslab][:0]
	p.kslab++
	return s
}
