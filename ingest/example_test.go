package ingest_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dedup"
	"github.com/dyadproject/dyad/ingest"
	"github.com/dyadproject/dyad/pipeline"
	"github.com/dyadproject/dyad/source"
	"github.com/dyadproject/dyad/sqlite"
)

func ExampleRun() {
	dir, _ := os.MkdirTemp("", "dyad")
	defer os.RemoveAll(dir)
	db, _ := sqlite.Open(filepath.Join(dir, "dyad.db"), sqlite.Options{Create: true})
	defer db.Close()
	proc, _ := pipeline.New(pipeline.Config{})
	input := "Chinese Defense Minister Wei Fenghe met Iranian President Hassan Rouhani in Tehran on Tuesday.\n"
	src := func(ctx context.Context, emit func(*dyad.Document) error, reject func(dyad.Reject)) error {
		return source.Read(ctx, strings.NewReader(input), "story.txt", source.Options{}, emit, reject)
	}
	cfg := ingest.Config{Store: db, Proc: proc, Stories: dedup.New(dedup.Options{})}
	for range 2 {
		sum, err := ingest.Run(context.Background(), cfg, src)
		fmt.Println(sum.Read, "read,", sum.Coded, "coded,", sum.Skipped, "already stored", err)
	}
	// Output:
	// 1 read, 1 coded, 0 already stored <nil>
	// 1 read, 0 coded, 1 already stored <nil>
}
