package topic

import (
	"path/filepath"
	"testing"

	"github.com/dyadproject/dyad/internal/benchtest"
)

// BenchmarkTag tags the fixed corpus of testdata/bench with the default
// tagger (dyad's topics and the Phoenix issues) and reports sentences/s.
func BenchmarkTag(b *testing.B) {
	lines := readLines(b, filepath.Join("testdata", "bench", "sentences.txt"))
	tg := Default()
	bytes := 0
	for _, l := range lines {
		bytes += len(l)
	}
	matches := 0
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := benchtest.CPUTime()
	for i := 0; i < b.N; i++ {
		for _, l := range lines {
			matches += len(tg.Tag(l))
		}
	}
	cpu1 := benchtest.CPUTime()
	n := float64(b.N * len(lines))
	b.ReportMetric(n/b.Elapsed().Seconds(), "sentences/s")
	if cpu1 > cpu0 {
		// Sentences per second of CPU time: what one core does when it is
		// not shared, whatever the load on the machine.
		b.ReportMetric(n/(cpu1-cpu0).Seconds(), "sentences/cpu-s")
	}
	b.ReportMetric(float64(matches)/float64(b.N*len(lines)), "matches/sentence")
}

// BenchmarkTagParallel is BenchmarkTag from GOMAXPROCS goroutines sharing
// one tagger.
func BenchmarkTagParallel(b *testing.B) {
	lines := readLines(b, filepath.Join("testdata", "bench", "sentences.txt"))
	tg := Default()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			for _, l := range lines {
				tg.Tag(l)
			}
		}
	})
	b.ReportMetric(float64(b.N*len(lines))/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkNew builds the default tagger from the embedded files.
func BenchmarkNew(b *testing.B) {
	for i := 0; i < b.N; i++ {
		d1, _ := Embedded(DyadFile)
		d2, _ := Embedded(PhoenixFile)
		New(d1, d2)
	}
}
