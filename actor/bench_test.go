package actor

import (
	"testing"
	"time"

	"github.com/dyadproject/dyad/internal/benchtest"
)

func BenchmarkResolve(b *testing.B) {
	h := Default()
	names := []string{"Raisi", "Mohammad Bagheri", "Wei Fenghe", "Ashtiani", "Xi Jinping", "Khamenei", "John Smith", "Putin"}
	date := time.Date(2022, 5, 2, 0, 0, 0, 0, time.UTC)
	b.ResetTimer()
	cpu0 := benchtest.CPUTime()
	for i := 0; i < b.N; i++ {
		for _, n := range names {
			h.Resolve(n, date)
		}
	}
	b.ReportMetric(float64(b.N*len(names))/b.Elapsed().Seconds(), "lookups/s")
	if cpu := (benchtest.CPUTime() - cpu0).Seconds(); cpu > 0 {
		b.ReportMetric(float64(b.N*len(names))/cpu, "lookups/cpu-s")
	}
}
