package main

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"sync"
	"time"

	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dedup"
	"github.com/dyadproject/dyad/ingest"
	"github.com/dyadproject/dyad/pipeline"
	"github.com/dyadproject/dyad/source"
)

func init() {
	register(&Command{Name: "ingest", Summary: "code documents into an event store (resumable, idempotent)", Run: runIngest})
}

func runIngest(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet("ingest", "--db FILE [flags] INPUT...")
	db := fs.String("db", "dyad.db", "event store `file` (created if missing)")
	workers := fs.Int("workers", runtime.NumCPU(), "documents processed at once")
	batch := fs.Int("batch", 256, "documents stored per transaction")
	format := fs.String("format", "", "input format: text, jsonl, html or warc (default: sniffed per file)")
	date := fs.String("date", "", "publication date of documents whose input gives none (YYYY-MM-DD)")
	src := fs.String("source", "", "publisher name of documents whose input gives none")
	coding := coderFlags(fs)
	noDedup := fs.Bool("no-dedup", false, "do not group near-duplicate documents into story clusters")
	storyDays := fs.Int("story-days", 3, "copies of a story are published at most this many `days` apart; stored documents of earlier runs this close to the newest join too (0: no limit, all stored documents)")
	docTimeout := fs.Duration("doc-timeout", time.Minute, "reject a document not coded within this time (0: no limit)")
	progress := fs.Duration("progress", 5*time.Second, "interval of the progress line when stderr is not a terminal (0: none)")
	inputs, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(inputs) == 0 {
		fs.Usage()
		return dyad.Errorf(dyad.EINVALID, "no inputs")
	}
	opts := source.Options{Format: *format, Source: *src, Stdin: m.Stdin}
	if err := readerOptions(&opts, "--format", *date); err != nil {
		return err
	}
	proc, err := pipeline.New(coding())
	if err != nil {
		return err
	}
	store, err := openDB(ctx, *db, true)
	if err != nil {
		return err
	}
	defer store.Close()

	cfg := ingest.Config{
		Store: store, Proc: proc, Workers: *workers, Batch: *batch, DocTimeout: *docTimeout,
		Run: dyad.Run{Inputs: inputs, Version: buildVersion(), DictVersion: proc.Version()},
	}
	if !*noDedup {
		cfg.Stories = dedup.New(dedup.Options{Days: *storyDays})
	}
	show, wait := ingestProgress(ctx, m.Stderr, *progress)
	cfg.Progress = show
	sum, err := ingest.Run(ctx, cfg, func(ctx context.Context, emit func(*dyad.Document) error, reject func(dyad.Reject)) error {
		return source.Walk(ctx, inputs, opts, emit, reject)
	})
	wait()
	fmt.Fprintln(m.Stdout, sum)
	if err != nil {
		return err
	}
	if sum.Rejected > 0 {
		return fmt.Errorf("%d inputs rejected (see 'dyad show --rejects --db %s'): %w", sum.Rejected, *db, errPartial)
	}
	return nil
}

// ingestProgress returns the progress callback of a run and a function that
// waits for the display to finish: a live bar on a terminal, else a line
// every interval.
func ingestProgress(ctx context.Context, w io.Writer, every time.Duration) (func(ingest.Progress), func()) {
	if !isTerminal(w) {
		var last time.Time
		return func(p ingest.Progress) {
			if every <= 0 || p.Final || time.Since(last) < every {
				return
			}
			last = time.Now()
			fmt.Fprintf(w, "ingest: %d read, %d done (%d coded, %d rejected, %d skipped), %d events, %s\n",
				p.Read, p.Done, p.Coded, p.Rejected, p.Skipped, p.Events, p.Elapsed.Round(time.Second))
		}, func() {}
	}
	pr := mpb.NewWithContext(ctx, mpb.WithOutput(w), mpb.WithWidth(40))
	var mu sync.Mutex
	var cur ingest.Progress
	bar := pr.AddBar(0,
		mpb.PrependDecorators(decor.Name("ingest "), decor.CountersNoUnit("%d/%d docs")),
		mpb.AppendDecorators(decor.Any(func(decor.Statistics) string {
			mu.Lock()
			defer mu.Unlock()
			return fmt.Sprintf("%d events, %d rejected, %d skipped, %.1f docs/s",
				cur.Events, cur.Rejected, cur.Skipped, float64(cur.Done)/max(cur.Elapsed.Seconds(), 1e-3))
		})),
	)
	return func(p ingest.Progress) {
			mu.Lock()
			cur = p
			mu.Unlock()
			bar.SetTotal(int64(p.Read), p.Final)
			bar.SetCurrent(int64(p.Done))
			if p.Final && !bar.Completed() {
				bar.Abort(false)
			}
		}, func() {
			if !bar.Completed() && !bar.Aborted() {
				bar.Abort(false)
			}
			pr.Wait()
		}
}

// buildVersion is the module version dyad was built as, "devel" otherwise.
func buildVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "devel"
}
