package tag

import (
	"math/rand"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/token"
)

// scoreAll is score as it was before tagContext: all fourteen features
// looked up and summed for every word.
func (t *Tagger) scoreAll(w string, i int, p1, p2 string) []int32 {
	ctx := t.norm
	sc := make([]int32, len(t.m.classes))
	for _, key := range [numTemplates]uint64{
		hash0(fBias),
		hash1(fSuffix, suffix3(w)),
		hash1(fPref1, pref1(w)),
		hash1(fPrevTag, p1),
		hash1(fPrev2Tag, p2),
		hash2(fTagPair, p1, p2),
		hash1(fWord, ctx[i]),
		hash2(fPrevTagWord, p1, ctx[i]),
		hash1(fPrevWord, ctx[i-1]),
		hash1(fPrevSuffix, suffix3(ctx[i-1])),
		hash1(fPrev2Word, ctx[i-2]),
		hash1(fNextWord, ctx[i+1]),
		hash1(fNextSuffix, suffix3(ctx[i+1])),
		hash1(fNext2Word, ctx[i+2]),
	} {
		for _, w := range t.m.lookup(key) {
			sc[w.cls()] += w.val()
		}
	}
	return sc
}

// TestTagContextScores: with the tag features summed once per tag pair,
// every word of the dev sentences and the news corpus gets the scores the
// full sum gives, after the tags the tagger gave the words before it and
// after random tag pairs (including a tag the model does not have).
func TestTagContextScores(t *testing.T) {
	var sents [][]token.Token
	for _, g := range readTagged(t, "testdata/dev.tags") {
		toks := make([]token.Token, len(g))
		for j := range g {
			toks[j].Word = g[j].Word
		}
		sents = append(sents, toks)
	}
	data, err := os.ReadFile("../chunk/testdata/news/cameo.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(string(data), "\n") {
		sents = append(sents, token.Tokenize(l))
	}
	tg := New(nil)
	tags := append(slices.Clone(tg.m.classes), "-START-", "-START2-", "XX")
	rng := rand.New(rand.NewSource(5))
	n := 0
	for _, toks := range sents {
		tg.Tag(toks)
		for i := range toks {
			p1, p2 := "-START-", "-START2-"
			if i > 0 {
				p1 = toks[i-1].Tag
			}
			if i > 1 {
				p2 = toks[i-2].Tag
			}
			pairs := [][2]string{{p1, p2}, {tags[rng.Intn(len(tags))], tags[rng.Intn(len(tags))]}}
			for _, pp := range pairs {
				want := tg.scoreAll(toks[i].Word, i+2, pp[0], pp[1])
				if got := tg.score(toks[i].Word, i+2, pp[0], pp[1]); !slices.Equal(got, want) {
					t.Fatalf("%q after %s %s: scores %v, want %v", toks[i].Word, pp[0], pp[1], got, want)
				}
				n++
			}
		}
	}
	if n < 10000 {
		t.Errorf("only %d words scored", n)
	}
}
