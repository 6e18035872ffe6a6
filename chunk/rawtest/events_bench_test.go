package rawtest_test

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/chunk"
	"github.com/dyadproject/dyad/coder"
	"github.com/dyadproject/dyad/internal/benchtest"
	"github.com/dyadproject/dyad/pipeline"
	"github.com/dyadproject/dyad/sentence"
)

// BenchmarkRawToEvents measures raw news text to events on one goroutine:
// splitting, tokenizing, tagging, parsing with a recycling Parser and coding
// with the full production dictionaries. It leaves out the pipeline's
// repair, dates, places and topics, so it is the cost of the path this
// package sits on.
func BenchmarkRawToEvents(b *testing.B) {
	f, err := os.Open("../testdata/news/cameo.txt")
	if err != nil {
		b.Fatal(err)
	}
	var docs []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" {
			docs = append(docs, l)
		}
	}
	f.Close()
	set, err := pipeline.DefaultDicts()
	if set == nil {
		b.Fatal(err)
	}
	c := coder.New(set, coder.DefaultOptions())
	p := chunk.New(nil)
	p.Recycle = true
	date := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	var spans []dyad.Span
	sents, events := 0, 0
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := benchtest.CPUTime().Seconds()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			spans = sentence.Spans(spans[:0], d)
			for _, sp := range spans {
				evs, _ := c.Code(p.Parse(d, dyad.Sentence{Span: sp}), date)
				events += len(evs)
				sents++
			}
		}
	}
	b.ReportMetric(float64(sents)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(sents)/(benchtest.CPUTime().Seconds()-cpu0), "sentences/cpu-s")
	b.ReportMetric(float64(events)/float64(sents), "events/sentence")
	b.ReportMetric(peakRSS(), "peakRSS-MB")
}

// peakRSS returns the process's peak resident set size in MB (Linux), or 0.
func peakRSS() float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmHWM:" {
			var kb float64
			fmt.Sscan(f[1], &kb)
			return kb / 1024
		}
	}
	return 0
}
