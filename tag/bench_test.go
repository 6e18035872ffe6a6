package tag

import (
	"testing"

	"github.com/dyadproject/dyad/internal/benchtest"
	"github.com/dyadproject/dyad/token"
)

func BenchmarkTag(b *testing.B) {
	gold := readTagged(b, "testdata/dev.tags")
	sents := make([][]token.Token, len(gold))
	ntok := 0
	for i, g := range gold {
		sents[i] = make([]token.Token, len(g))
		for j := range g {
			sents[i][j].Word = g[j].Word
		}
		ntok += len(g)
	}
	tg := New(nil)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := benchtest.CPUTime()
	for i := 0; i < b.N; i++ {
		for _, s := range sents {
			tg.Tag(s)
		}
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(b.N*len(sents))/sec, "sentences/s")
	b.ReportMetric(float64(b.N*ntok)/sec, "tokens/s")
	b.ReportMetric(float64(b.N*ntok)/(benchtest.CPUTime()-cpu0).Seconds(), "tokens/cpu-s")
}

func TestTagAllocs(t *testing.T) {
	toks := token.Tokenize("Israeli Prime Minister Benjamin Netanyahu on Sunday rejected calls by the U.N. Security Council for a halt to settlement construction.")
	tg := New(nil)
	tg.Tag(toks)
	if a := testing.AllocsPerRun(50, func() { tg.Tag(toks) }); a != 0 {
		t.Errorf("Tag allocates %.1f times per sentence, want 0", a)
	}
}
