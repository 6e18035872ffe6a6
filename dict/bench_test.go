package dict

import (
	"syscall"
	"testing"
	"time"
)

// cpuTime is the process's user+system CPU time. On a shared machine wall
// time overstates the cost; the benchmark reports both.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkLoadDefault reads the embedded Phoenix production set from
// scratch (what Default does once per process).
func BenchmarkLoadDefault(b *testing.B) {
	srcs := DefaultSources()
	b.ReportAllocs()
	var set *Set
	n := 0
	cpu := cpuTime()
	for b.Loop() {
		set, _ = Build(srcs)
		n++
	}
	b.ReportMetric(float64((cpuTime()-cpu).Milliseconds())/float64(n), "cpu-ms/load")
	b.ReportMetric(float64(set.Actors.Len()), "actors")
}
