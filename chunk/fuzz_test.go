package chunk

import (
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/treebank"
)

// checkTree verifies the invariants every tree must keep: ROOT on top, every
// token a leaf exactly once and in order, inner spans covering their leaves.
func checkTree(t *testing.T, tree *treebank.Node, p *Parser, text string) {
	t.Helper()
	if tree == nil || tree.Label != "ROOT" {
		t.Fatalf("tree %v: want a ROOT", tree)
	}
	leaves := tree.Leaves()
	toks := p.Tokens()
	if len(toks) > 0 && len(leaves) != len(toks) {
		t.Fatalf("%d leaves for %d tokens: %s", len(leaves), len(toks), tree)
	}
	for i, l := range leaves {
		if len(toks) == 0 {
			break
		}
		if l.Word != toks[i].Word || l.Start != toks[i].Start || l.End != toks[i].End {
			t.Fatalf("leaf %d = %q [%d,%d), token %q [%d,%d)", i, l.Word, l.Start, l.End, toks[i].Word, toks[i].Start, toks[i].End)
		}
		if l.End > len(text) || l.Start < 0 {
			t.Fatalf("leaf %q [%d,%d) outside the text", l.Word, l.Start, l.End)
		}
	}
	var walk func(n *treebank.Node)
	walk = func(n *treebank.Node) {
		if n.IsLeaf() {
			return
		}
		if n.Start != n.Children[0].Start || n.End != n.Children[len(n.Children)-1].End {
			t.Fatalf("node %s span [%d,%d) does not cover its children", n.Label, n.Start, n.End)
		}
		for _, c := range n.Children {
			walk(c)
		}
	}
	walk(tree)
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"Gen. Smith's troops didn't attack the U.S. embassy, officials said.",
		"and and and , , , of of of",
		"\xff\xfe\x00 “” ‘’ — …",
		"Arnor, Gondor, Rohan and Mordor, the evil one, said that it would not be attacked by them.",
		"the the the the the the the the the the the the the the the the the the",
	} {
		f.Add(s)
	}
	p := New(nil)
	f.Fuzz(func(t *testing.T, s string) {
		start := time.Now()
		tree := p.Parse(s, dyad.Sentence{Span: dyad.Span{End: len(s)}})
		if d := time.Since(start); d > time.Second {
			t.Fatalf("parse took %v for %d bytes", d, len(s))
		}
		checkTree(t, tree, p, s)
	})
}

// TestLongSentenceIsBounded feeds a very long run of words and checks that
// parsing stays fast and keeps every token.
func TestLongSentenceIsBounded(t *testing.T) {
	for _, unit := range []string{"Arnor and ", "the big old ", "said that Gondor ", ", Rohan , ", "of the "} {
		s := strings.Repeat(unit, 2000)
		p := New(nil)
		start := time.Now()
		tree := p.Parse(s, dyad.Sentence{Span: dyad.Span{End: len(s)}})
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%q×2000: parse took %v", unit, d)
		}
		checkTree(t, tree, p, s)
	}
}

// TestRecycle checks that a recycling parser gives the same trees as a fresh
// one, sentence after sentence.
func TestRecycle(t *testing.T) {
	fresh, re := New(nil), New(nil)
	re.Recycle = true
	for _, d := range readNews(t) {
		s := dyad.Sentence{Span: dyad.Span{End: len(d)}}
		want := fresh.Parse(d, s).String()
		if got := re.Parse(d, s).String(); got != want {
			t.Fatalf("recycled tree differs:\n got %s\nwant %s", got, want)
		}
	}
}

// TestParseOffsets checks that leaves carry document offsets: parsing the
// second sentence of a text gives spans into the whole text, and a sentence
// given only by its Text keeps Span.Start as the base.
func TestParseOffsets(t *testing.T) {
	text := "Rebels attacked. Gondor replied on Monday."
	second := dyad.Sentence{Span: dyad.Span{Start: 17, End: len(text)}}
	p := New(nil)
	for _, tc := range []struct {
		name string
		text string
		s    dyad.Sentence
	}{
		{"document text", text, second},
		{"sentence text only", "", dyad.Sentence{Text: text[17:], Span: second.Span}},
	} {
		tree := p.Parse(tc.text, tc.s)
		leaves := tree.Leaves()
		if len(leaves) != 5 {
			t.Fatalf("%s: %d leaves in %s", tc.name, len(leaves), tree)
		}
		for _, l := range leaves {
			if got := text[l.Start:l.End]; got != l.Word {
				t.Errorf("%s: leaf %q covers %q of the document", tc.name, l.Word, got)
			}
		}
		if tree.Start != 17 || tree.End != len(text) {
			t.Errorf("%s: root span [%d,%d), want [17,%d)", tc.name, tree.Start, tree.End, len(text))
		}
	}
}
