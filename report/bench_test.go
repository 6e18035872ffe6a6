package report_test

import (
	"context"
	"io"
	"path/filepath"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/report"
	"github.com/dyadproject/dyad/sqlite"
	"github.com/dyadproject/dyad/storetest"
)

// BenchmarkBuild builds the report of the corpus (one dyad and two
// comparisons: three trends and a pass over the events per dyad).
func BenchmarkBuild(b *testing.B) {
	s := corpusStore(b)
	o := report.Options{Dyad: report.Dyad{"CHN", "IRN"}, Compare: []report.Dyad{{"CHN", "SAU"}, {"CHN", "ARE"}}, Now: now}
	var events int
	for b.Loop() {
		r, err := report.Build(context.Background(), s, o)
		if err != nil {
			b.Fatal(err)
		}
		events = r.Main.Events + r.Compare[0].Events + r.Compare[1].Events
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "reports/s")
	b.ReportMetric(float64(events*b.N)/b.Elapsed().Seconds(), "events/s")
}

// BenchmarkWriteHTML draws the charts and writes the page of a built report.
func BenchmarkWriteHTML(b *testing.B) {
	s := corpusStore(b)
	r, err := report.Build(context.Background(), s, report.Options{Dyad: report.Dyad{"CHN", "IRN"},
		Compare: []report.Dyad{{"CHN", "SAU"}, {"CHN", "ARE"}}, Now: now})
	if err != nil {
		b.Fatal(err)
	}
	var n int64
	for b.Loop() {
		cw := &countWriter{}
		if err := r.WriteHTML(cw); err != nil {
			b.Fatal(err)
		}
		n = cw.n
	}
	b.ReportMetric(float64(n), "bytes/page")
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}

type countWriter struct{ n int64 }

func (c *countWriter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }

var _ io.Writer = (*countWriter)(nil)

// BenchmarkBuildLarge builds a report over a generated store of 20,000
// documents (tens of thousands of events over ten years, twelve countries), where
// the three dyads have about a thousand events: the cost is the store's trends and
// one pass over the dyad's events.
func BenchmarkBuildLarge(b *testing.B) {
	db, err := sqlite.Open(filepath.Join(b.TempDir(), "gen.db"), sqlite.Options{Create: true})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	var rs []*dyad.Result
	for r := range (storetest.Gen{Seed: 9, Docs: 20000}).Results() {
		rs = append(rs, r)
	}
	storetest.Load(b, db, rs, 2000)
	o := report.Options{Dyad: report.Dyad{"CHN", "IRN"}, Compare: []report.Dyad{{"CHN", "SAU"}, {"CHN", "ISR"}}, Now: now}
	var events int
	for b.Loop() {
		r, err := report.Build(context.Background(), db, o)
		if err != nil {
			b.Fatal(err)
		}
		events = r.Main.Events + r.Compare[0].Events + r.Compare[1].Events
	}
	b.ReportMetric(float64(events), "events/report")
	b.ReportMetric(b.Elapsed().Seconds()*1000/float64(b.N), "ms/report")
}
