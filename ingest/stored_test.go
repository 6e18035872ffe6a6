package ingest_test

import (
	"context"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/ingest"
)

// forgetful is a store whose HasDocument never finds a document, as when
// another writer stores it between the reader's check and the batch's put.
type forgetful struct{ dyad.EventStore }

func (forgetful) HasDocument(context.Context, string) (bool, error) { return false, nil }

// TestStoredMeanwhileCountedOnce: a document another writer stored after the
// reader checked for it is skipped, once: not also coded or rejected, nor
// are its events counted.
func TestStoredMeanwhileCountedOnce(t *testing.T) {
	dir, _ := corpus(t)
	db := openStore(t)
	ctx := context.Background()
	first, err := ingest.Run(ctx, config(t, db, newPipeline(t)), walk(dir))
	if err != nil {
		t.Fatal(err)
	}
	sum, err := ingest.Run(ctx, config(t, forgetful{db}, newPipeline(t)), walk(dir))
	if err != nil {
		t.Fatal(err)
	}
	// Every document reached the put and was already stored; the bad JSON
	// line is a record reject of its own each run.
	if sum.Skipped != first.Read || sum.Coded != 0 || sum.Events != 0 || sum.Rejected != 1 {
		t.Errorf("second run: %+v; want %d skipped and nothing coded, one bad line", sum.RunSummary, first.Read)
	}
	if sum.Coded+sum.Rejected+sum.Skipped-1 != sum.Read {
		t.Errorf("second run counted %d coded + %d rejected + %d skipped for %d read", sum.Coded, sum.Rejected, sum.Skipped, sum.Read)
	}
}
