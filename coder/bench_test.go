package coder

import (
	"testing"
	"time"

	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/internal/benchtest"
	"github.com/dyadproject/dyad/treebank"
)

// BenchmarkCode codes the dev records' pre-parsed trees on one goroutine and
// reports sentences per second of wall time and of CPU time.
func BenchmarkCode(b *testing.B) {
	recs := parseDev(b)
	b.ReportAllocs()
	n := 0
	cpu := benchtest.CPUTime()
	for b.Loop() {
		for _, p := range recs {
			p.c.Code(p.tree, p.rec.Date)
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(n)/(benchtest.CPUTime()-cpu).Seconds(), "sentences/cpu-s")
}

// BenchmarkCodeProduction codes news-shaped trees with the embedded
// production dictionaries (Phoenix actors, the 11,000-pattern PETRARCH-1 verb
// file), where verb blocks are long and pattern scopes apply.
func BenchmarkCodeProduction(b *testing.B) {
	set, _ := dict.Default()
	c := New(set, DefaultOptions())
	var trees []*treebank.Node
	for _, s := range productionTrees {
		t, err := treebank.Parse(s)
		if err != nil {
			b.Fatal(err)
		}
		trees = append(trees, t)
	}
	date := time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	n := 0
	cpu := benchtest.CPUTime()
	for b.Loop() {
		for _, t := range trees {
			c.Code(t, date)
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(n)/(benchtest.CPUTime()-cpu).Seconds(), "sentences/cpu-s")
}

// productionTrees are trees dyad's parser gives news sentences.
var productionTrees = []string{
	"(ROOT (S (NP (NP (DT The) (NNP United) (NNPS States)) (PP (IN on) (NP (NNP Thursday)))) (VP (VBD criticized) (NP (NNP Iran))) (. .)))",
	"(ROOT (S (NP (JJ Israeli) (NNS soldiers)) (VP (VBD arrested) (NP (CD 100) (NNPS Palestinians)) (PP (IN on) (NP (NNP Saturday)))) (. .)))",
	"(ROOT (S (NP (JJ Soviet) (NNS troops)) (VP (VBD killed) (NP (CD 46) (NNP Afghan) (NNS civilians)) (PP (IN in) (NP (DT an) (NN attack))) (PP (IN on) (NP (DT a) (NN village)))) (. .)))",
	"(ROOT (S (NP (NNP Israel)) (VP (MD will) (RB not) (VP (VB allow) (NP (NNP Hamas) (NNS candidates)))) (. .)))",
	"(ROOT (S (NP (DT The) (NNP United) (NNPS States)) (VP (VBD praised) (NP (NP (NNP Haiti) (POS 's)) (NNS efforts)) (S (VP (TO to) (VP (VB improve) (NP (PRP$ its) (NN record)))))) (. .)))",
	"(ROOT (S (NP (NNP Syria)) (VP (VBZ says) (SBAR (S (NP (PRP it)) (VP (MD will) (RB not) (VP (VB accept) (NP (DT any) (JJR more) (NNS refugees)) (SBAR (IN if) (S (NP (NN war)) (VP (VBZ starts) (PP (IN in) (NP (NNP Iraq))))))))))) (. .)))",
}
