package report_test

import (
	"context"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dedup"
	"github.com/dyadproject/dyad/ingest"
	"github.com/dyadproject/dyad/pipeline"
	"github.com/dyadproject/dyad/source"
	"github.com/dyadproject/dyad/sqlite"
)

// corpus is the test corpus: news-like JSON lines about China and Iran,
// Saudi Arabia and the UAE (see testdata/corpus/README.md).
var corpus = filepath.Join("testdata", "corpus")

var (
	storeOnce sync.Once
	storeDir  string
	storeErr  error
)

// corpusStore returns a store holding the corpus coded by the real
// pipeline, ingested once per test binary into a temporary file (read-only
// afterwards, so tests can share it).
func corpusStore(tb testing.TB) dyad.EventStore {
	tb.Helper()
	storeOnce.Do(func() {
		storeDir, storeErr = tempDir()
		if storeErr != nil {
			return
		}
		var db *sqlite.DB
		if db, storeErr = sqlite.Open(filepath.Join(storeDir, "corpus.db"), sqlite.Options{Create: true}); storeErr != nil {
			return
		}
		defer db.Close()
		var proc *pipeline.Pipeline
		if proc, storeErr = pipeline.New(pipeline.Config{}); storeErr != nil {
			return
		}
		cfg := ingest.Config{Store: db, Proc: proc, Stories: dedup.New(dedup.Options{}), Workers: 2}
		var sum ingest.Summary
		sum, storeErr = ingest.Run(context.Background(), cfg, func(ctx context.Context, emit func(*dyad.Document) error, reject func(dyad.Reject)) error {
			return source.Walk(ctx, []string{corpus}, source.Options{}, emit, reject)
		})
		if storeErr == nil && (sum.Coded == 0 || sum.Rejected > 0) {
			storeErr = dyad.Errorf(dyad.EINTERNAL, "corpus: %v", sum)
		}
	})
	if storeErr != nil {
		tb.Fatal(storeErr)
	}
	db, err := sqlite.Open(filepath.Join(storeDir, "corpus.db"), sqlite.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

// now is the fixed "made on" date of test reports.
var now = time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)
