package coref

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/benchtest"
)

func BenchmarkResolve(b *testing.B) {
	r, text := doc(strings.Repeat(article, 20), capitals)
	phrases := []string{"both sides", "he", "the delegation", "it", "Beijing", "they", "Iranian officials"}
	span := dyad.Span{Start: len(text) - 1, End: len(text)}
	b.ResetTimer()
	cpu0 := benchtest.CPUTime()
	for i := 0; i < b.N; i++ {
		for _, p := range phrases {
			r.Resolve(p, span, 1000)
		}
	}
	b.ReportMetric(float64(b.N*len(phrases))/b.Elapsed().Seconds(), "refs/s")
	if cpu := (benchtest.CPUTime() - cpu0).Seconds(); cpu > 0 {
		b.ReportMetric(float64(b.N*len(phrases))/cpu, "refs/cpu-s")
	}
}
