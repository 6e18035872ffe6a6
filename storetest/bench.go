package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/benchtest"
)

// BenchTrend times s.Trend(q) over b.N runs and reports wall and CPU
// milliseconds per query; it fails when the trend is empty, which would
// time nothing.
func BenchTrend(b *testing.B, s dyad.EventStore, q dyad.TrendQuery) {
	ctx := context.Background()
	b.ResetTimer()
	cpu := benchtest.CPUTime()
	points := 0
	for i := 0; i < b.N; i++ {
		ps, err := s.Trend(ctx, q)
		if err != nil {
			b.Fatal(err)
		}
		points = len(ps)
	}
	if points == 0 {
		b.Fatal("no points")
	}
	ReportTimes(b, cpu)
}

// BenchEvents times one page of s.Events(f) like BenchTrend.
func BenchEvents(b *testing.B, s dyad.EventStore, f dyad.EventFilter) {
	ctx := context.Background()
	b.ResetTimer()
	cpu := benchtest.CPUTime()
	n := 0
	for i := 0; i < b.N; i++ {
		evs, _, err := s.Events(ctx, f)
		if err != nil {
			b.Fatal(err)
		}
		n = len(evs)
	}
	if n == 0 {
		b.Fatal("no events")
	}
	ReportTimes(b, cpu)
}

// ReportTimes reports wall and CPU milliseconds per operation since
// cpuStart (from benchtest.CPUTime).
func ReportTimes(b *testing.B, cpuStart time.Duration) {
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/1000, "ms/op")
	b.ReportMetric(float64((benchtest.CPUTime()-cpuStart).Microseconds())/float64(b.N)/1000, "cpu-ms/op")
}
