package chunk

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/treebank"
)

// devRecord is a validation sentence with the Stanford parse it was coded from.
type devRecord struct {
	id, text string
	gold     *treebank.Node
}

func readDev(t testing.TB) []devRecord {
	f, err := os.Open("testdata/dev.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []devRecord
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		parts := strings.Split(sc.Text(), "\t")
		if len(parts) != 3 {
			continue
		}
		gold, err := treebank.Parse(parts[2])
		if err != nil {
			continue // ERROR-* records hold broken parses on purpose
		}
		if miss := treebank.Align(gold, parts[1], 0); miss > 2 {
			t.Logf("%s: skipped, %d gold words not found in the text", parts[0], miss)
			continue
		}
		out = append(out, devRecord{parts[0], parts[1], gold})
	}
	return out
}

// brackets returns the labelled constituents of a tree as "LABEL start end",
// counted, skipping ROOT and preterminals.
func brackets(n *treebank.Node, labels map[string]bool, out map[string]int) {
	if n.IsLeaf() {
		return
	}
	l := n.Label
	if i := strings.IndexAny(l, "-="); i > 0 {
		l = l[:i] // NP-TMP → NP
	}
	if labels[l] {
		out[fmt.Sprintf("%s %d %d", l, n.Start, n.End)]++
	}
	for _, c := range n.Children {
		brackets(c, labels, out)
	}
}

// mainClause finds the subject, verb and object of the main clause: the first
// S under ROOT (going into a first child S), its NP and VP, the lexical verb at
// the bottom of the VP chain and that verb's first NP.
func mainClause(root *treebank.Node) (subj, verb, obj *treebank.Node) {
	s := root
	for len(s.Children) > 0 && (s.Label == "ROOT" || s.Children[0].Label == "S") {
		s = s.Children[0]
	}
	var vp *treebank.Node
	for _, c := range s.Children {
		if c.Label == "NP" && subj == nil && vp == nil {
			subj = c
		}
		if c.Label == "VP" && vp == nil {
			vp = c
		}
	}
	for vp != nil {
		var next *treebank.Node
		for _, c := range vp.Children {
			if c.IsLeaf() && strings.HasPrefix(c.Label, "VB") {
				verb = c
			}
			if c.Label == "VP" && next == nil {
				next = c
			}
		}
		if next == nil {
			for _, c := range vp.Children {
				if c.Label == "NP" {
					obj = c
					break
				}
			}
			break
		}
		vp = next
	}
	return
}

func span(n *treebank.Node) string {
	if n == nil {
		return "-"
	}
	return fmt.Sprintf("%d:%d", n.Start, n.End)
}

type score struct{ match, gold, test int }

func (s score) f1() float64 {
	if s.gold == 0 || s.test == 0 {
		return 0
	}
	p, r := float64(s.match)/float64(s.test), float64(s.match)/float64(s.gold)
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// TestDevAccuracy parses the raw text of the dev records and compares the
// trees with their gold Stanford parses.
func TestDevAccuracy(t *testing.T) {
	recs := readDev(t)
	labels := map[string]bool{"NP": true, "VP": true, "PP": true, "S": true, "SBAR": true}
	per := map[string]*score{}
	for l := range labels {
		per[l] = &score{}
	}
	all := score{}
	var subjOK, verbOK, objOK, objN int
	p := New(nil)
	for _, r := range recs {
		tree := p.Parse(r.text, dyad.Sentence{Span: dyad.Span{Start: 0, End: len(r.text)}})
		g, h := map[string]int{}, map[string]int{}
		brackets(r.gold, labels, g)
		brackets(tree, labels, h)
		for k, n := range g {
			l := k[:strings.IndexByte(k, ' ')]
			per[l].gold += n
			per[l].match += min(n, h[k])
			all.gold += n
			all.match += min(n, h[k])
		}
		for k, n := range h {
			l := k[:strings.IndexByte(k, ' ')]
			per[l].test += n
			all.test += n
		}
		gs, gv, gob := mainClause(r.gold)
		ts, tv, tob := mainClause(tree)
		if span(gs) == span(ts) {
			subjOK++
		}
		if span(gv) == span(tv) {
			verbOK++
		}
		if gob != nil {
			objN++
			if span(gob) == span(tob) {
				objOK++
			}
		}
		if testing.Verbose() && os.Getenv("CHUNK_SHOW") != "" {
			t.Logf("%s\n gold %s\n test %s", r.id, r.gold, tree)
		}
	}
	ls := make([]string, 0, len(per))
	for l := range per {
		ls = append(ls, l)
	}
	sort.Strings(ls)
	for _, l := range ls {
		s := per[l]
		t.Logf("%-4s F1 %.3f (gold %d, parsed %d, matched %d)", l, s.f1(), s.gold, s.test, s.match)
	}
	n := float64(len(recs))
	t.Logf("all  F1 %.3f over %d sentences", all.f1(), len(recs))
	t.Logf("main clause: subject %.3f, verb %.3f, object %.3f (of %d with an object)",
		float64(subjOK)/n, float64(verbOK)/n, float64(objOK)/float64(objN), objN)
	if all.f1() < devMinF1 {
		t.Errorf("bracket F1 %.3f, want >= %.2f", all.f1(), devMinF1)
	}
	if float64(verbOK)/n < devMinVerb {
		t.Errorf("main verb agreement %.3f, want >= %.2f", float64(verbOK)/n, devMinVerb)
	}
}

// Floors under the measured figures (see docs/BENCHMARKS.md), so a change
// that makes the parser worse fails.
const (
	devMinF1   = 0.875
	devMinVerb = 0.93
)
