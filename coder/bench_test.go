package coder

import (
	"syscall"
	"testing"
	"time"
)

// cpuTime is the process's user+system CPU time. On a shared machine wall
// time overstates the cost; the benchmarks report both.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkCode codes the dev records' pre-parsed trees on one goroutine and
// reports sentences per second of wall time and of CPU time.
func BenchmarkCode(b *testing.B) {
	recs := parseDev(b)
	b.ReportAllocs()
	n := 0
	cpu := cpuTime()
	for b.Loop() {
		for _, p := range recs {
			p.c.Code(p.tree, p.rec.Date)
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(n)/(cpuTime()-cpu).Seconds(), "sentences/cpu-s")
}
