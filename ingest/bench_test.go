package ingest_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/dyadproject/dyad/ingest"
	"github.com/dyadproject/dyad/sqlite"
)

// BenchmarkIngest runs the whole pipeline — read, cluster, repair, split,
// tag, parse, code, store — over the fixed corpus of testdata/news.txt
// (51 documents: text files and a JSON-lines wire) into a new store.
func BenchmarkIngest(b *testing.B) {
	dir, _ := corpus(b)
	p := newPipeline(b)
	var sum ingest.Summary
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		db, err := sqlite.Open(filepath.Join(b.TempDir(), "dyad.db"), sqlite.Options{Create: true})
		if err != nil {
			b.Fatal(err)
		}
		cfg := config(b, db, p)
		cfg.Batch = 64
		b.StartTimer()
		if sum, err = ingest.Run(context.Background(), cfg, walk(dir)); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		db.Close()
		b.StartTimer()
	}
	sec := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(sum.Read)/sec, "docs/s")
	b.ReportMetric(float64(sum.Sentences)/sec, "sentences/s")
	b.ReportMetric(float64(sum.Events)/sec, "events/s")
}
