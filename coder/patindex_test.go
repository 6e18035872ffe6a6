package coder

import (
	"bufio"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/chunk"
	"github.com/dyadproject/dyad/dict"
	splitter "github.com/dyadproject/dyad/sentence"
	"github.com/dyadproject/dyad/treebank"
)

// newsTrees parses the CAMEO codebook's example sentences (real news) with
// dyad's own parser.
func newsTrees(t testing.TB) []*treebank.Node {
	t.Helper()
	f, err := os.Open("../chunk/testdata/news/cameo.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p := chunk.New(nil)
	var out []*treebank.Node
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		d := strings.TrimSpace(sc.Text())
		for _, sp := range splitter.Spans(nil, d) {
			out = append(out, p.Parse(d, dyad.Sentence{Span: sp}))
		}
	}
	if len(out) < 250 {
		t.Fatalf("only %d news sentences", len(out))
	}
	return out
}

// TestIndexedMatcher codes the dev records (validation dictionaries, each
// record's options) and the news sentences (production dictionaries, with
// and without require_dyad) twice: with the pattern index and trying every
// pattern of a block as before it. The events must be the same, pattern
// provenance included.
func TestIndexedMatcher(t *testing.T) {
	type job struct {
		name string
		c    *Coder
		tree *treebank.Node
		date time.Time
	}
	var jobs []job
	for _, p := range parseDev(t) {
		jobs = append(jobs, job{p.rec.ID, p.c, p.tree, p.rec.Date})
	}
	set, _ := dict.Default()
	prod := New(set, DefaultOptions())
	loose := DefaultOptions()
	loose.RequireDyad = false
	date := time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tr := range newsTrees(t) {
		name := "news " + tr.Words()
		jobs = append(jobs, job{name, prod, tr, date}, job{name + " (no require_dyad)", prod.WithOptions(loose), tr, date})
	}
	events := 0
	for _, j := range jobs {
		plain := j.c.WithOptions(j.c.Options())
		plain.plain = true
		want, werr := plain.Code(j.tree, j.date)
		got, gerr := j.c.Code(j.tree, j.date)
		if !reflect.DeepEqual(got, want) || (gerr == nil) != (werr == nil) {
			t.Errorf("%s:\nindexed %s\nplain   %s", j.name, summary(got, gerr), summary(want, werr))
		}
		events += len(want)
	}
	if events < 300 {
		t.Errorf("only %d events in %d codings: the comparison shows little", events, len(jobs))
	}
}

// TestMayMatchNecessary checks the index on its own: every pattern of a
// verb's block that matches (seq, ignoring the voice, negation and scope
// checks) must be among the candidates of its key word and pass mayMatch,
// and the index must skip most of the others, which is what it is for.
func TestMayMatchNecessary(t *testing.T) {
	set, _ := dict.Default()
	c := New(set, DefaultOptions())
	date := time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)
	tried, passed, matched := checkIndex(t, c, newsTrees(t), date)
	t.Logf("news, production dictionaries: patterns tried %d, let through %d, matched %d", tried, passed, matched)
	if matched == 0 || passed*5 > tried {
		t.Errorf("tried %d, let through %d, matched %d: want matches and at least 80%% skipped", tried, passed, matched)
	}
	// The validation dictionaries' blocks are small enough that codeVerbs
	// tries all their patterns; the index must still be right for them.
	var trees []*treebank.Node
	recs := parseDev(t)
	for _, p := range recs {
		trees = append(trees, p.tree)
	}
	tried, passed, matched = checkIndex(t, recs[0].c, trees, date)
	t.Logf("dev records: patterns tried %d, let through %d, matched %d", tried, passed, matched)
	if matched < 100 {
		t.Errorf("dev records: only %d matching patterns", matched)
	}
}

// checkIndex tries every pattern of the block of every verb of trees, and
// reports an error for each that matches but that the index (candidates,
// then mayMatch) would skip.
func checkIndex(t *testing.T, c *Coder, trees []*treebank.Node, date time.Time) (tried, passed, matched int) {
	t.Helper()
	for _, tr := range trees {
		s := new(sent)
		s.reset(c, tr, date)
		s.findActors()
		s.prepareIndex()
		for i := range s.leaves {
			if !strings.HasPrefix(s.tags[i], "VB") {
				continue
			}
			f, vs, ve := s.verbAt(i)
			if f == nil {
				continue
			}
			lowEnd := s.lowEnd(i)
			block := &c.d.Verbs.Blocks[f.Block]
			cand := map[int]bool{}
			for _, pi := range s.candidates(f.Block) {
				cand[int(pi)] = true
			}
			for pi := range block.Patterns {
				tried++
				may := cand[pi] && s.mayMatch(&c.pidx.blocks[f.Block][pi], vs, ve, lowEnd)
				if may {
					passed++
				}
				if _, ok := s.matchPattern(&block.Patterns[pi], vs, ve, lowEnd); ok {
					matched++
					if !may {
						t.Errorf("%q: verb %s: index skips matching pattern %s", tr.Words(), s.words[i], block.Patterns[pi].Where)
					}
				}
			}
		}
	}
	return tried, passed, matched
}
