package when

import (
	"os"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/internal/benchtest"
)

func BenchmarkFind(b *testing.B) {
	data, err := os.ReadFile("testdata/sentences.txt")
	if err != nil {
		b.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	doc := date(monday)
	found := 0
	b.ResetTimer()
	cpu0 := benchtest.CPUTime()
	for i := 0; i < b.N; i++ {
		for _, l := range lines {
			found += len(Find(l, doc))
		}
	}
	if found == 0 {
		b.Fatal("no date expressions found")
	}
	b.ReportMetric(float64(b.N*len(lines))/b.Elapsed().Seconds(), "sentences/s")
	if cpu := (benchtest.CPUTime() - cpu0).Seconds(); cpu > 0 {
		b.ReportMetric(float64(b.N*len(lines))/cpu, "sentences/cpu-s")
	}
}
