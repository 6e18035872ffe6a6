package demo_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/demo"
	"github.com/dyadproject/dyad/pipeline"
	"github.com/dyadproject/dyad/sqlite"
)

func TestLoad(t *testing.T) {
	ctx := context.Background()
	store, err := sqlite.Open(filepath.Join(t.TempDir(), "demo.db"), sqlite.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	proc, err := pipeline.New(pipeline.Config{})
	if err != nil {
		t.Fatal(err)
	}
	sum, err := demo.Load(ctx, store, proc)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Read != 50 || sum.Rejected != 0 {
		t.Errorf("read %d, rejected %d; want 50 read, none rejected", sum.Read, sum.Rejected)
	}
	// The dashboard opens on China and Iran: there must be events to show.
	evs, _, err := store.Events(ctx, dyad.EventFilter{Source: "CHN", Target: "IRN"})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) < 5 {
		t.Errorf("%d China→Iran events in the demo store, want at least 5", len(evs))
	}
	again, err := demo.Load(ctx, store, proc)
	if err != nil {
		t.Fatal(err)
	}
	if again.Coded != 0 || again.Skipped != 50 {
		t.Errorf("second load coded %d, skipped %d; want 0 and 50", again.Coded, again.Skipped)
	}
}
