package dict

import (
	"testing"

	"github.com/dyadproject/dyad/internal/benchtest"
)

// BenchmarkLoadDefault reads the embedded Phoenix production set from
// scratch (what Default does once per process).
func BenchmarkLoadDefault(b *testing.B) {
	srcs := DefaultSources()
	b.ReportAllocs()
	var set *Set
	n := 0
	cpu := benchtest.CPUTime()
	for b.Loop() {
		set, _ = Build(srcs)
		n++
	}
	b.ReportMetric(float64((benchtest.CPUTime()-cpu).Milliseconds())/float64(n), "cpu-ms/load")
	b.ReportMetric(float64(set.Actors.Len()), "actors")
}
