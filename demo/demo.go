// Package demo builds a small event store from an embedded corpus, so that
// "dyad serve" on a fresh clone has events, trends and sentences to show.
package demo

import (
	"bytes"
	"context"
	_ "embed"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dedup"
	"github.com/dyadproject/dyad/ingest"
	"github.com/dyadproject/dyad/source"
)

//go:embed data/news.jsonl
var corpus []byte

// Corpus returns the embedded demo corpus (JSON lines).
func Corpus() []byte { return corpus }

// Load codes the embedded corpus with proc into store. Loading it twice adds
// nothing: ingest skips documents already stored.
func Load(ctx context.Context, store dyad.EventStore, proc dyad.Processor) (ingest.Summary, error) {
	cfg := ingest.Config{
		Store:   store,
		Proc:    proc,
		Stories: dedup.New(dedup.Options{}),
		Run:     dyad.Run{Inputs: []string{"demo:news.jsonl"}, Version: "demo"},
	}
	return ingest.Run(ctx, cfg, func(ctx context.Context, emit func(*dyad.Document) error, reject func(dyad.Reject)) error {
		return source.Read(ctx, bytes.NewReader(corpus), "demo:news.jsonl", source.Options{Format: source.JSONL}, emit, reject)
	})
}
