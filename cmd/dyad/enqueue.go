package main

import (
	"context"
	"fmt"
	"os"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dedup"
	"github.com/dyadproject/dyad/ingest"
	"github.com/dyadproject/dyad/queue"
	"github.com/dyadproject/dyad/source"
)

func init() {
	register(&Command{Name: "enqueue", Summary: "put documents on the NATS work queue for 'dyad worker'", Run: runEnqueue})
}

// natsDefault is the --nats default: $DYAD_NATS, else a local server.
func natsDefault() string {
	if u := os.Getenv("DYAD_NATS"); u != "" {
		return u
	}
	return "nats://127.0.0.1:4222"
}

func runEnqueue(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet("enqueue", "--nats URL [--db URL] [flags] INPUT...")
	natsURL := fs.String("nats", natsDefault(), "NATS server `URL`s, comma-separated (default $DYAD_NATS)")
	format := fs.String("format", "", "input format: text, jsonl, html or warc (default: sniffed per file)")
	date := fs.String("date", "", "publication date of documents whose input gives none (YYYY-MM-DD)")
	src := fs.String("source", "", "publisher name of documents whose input gives none")
	noDedup := fs.Bool("no-dedup", false, "do not group near-duplicate documents into story clusters")
	storyDays := fs.Int("story-days", 3, "copies of a story are published at most this many `days` apart (0: no limit); with --db, stored documents this close to the newest join too")
	db := fs.String("db", "", "event store the workers write (`URL` or file): its stored stories are put back into the story index first, so copies join stories of earlier days")
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
	nc, js, err := queue.Connect(*natsURL, "dyad enqueue")
	if err != nil {
		return err
	}
	defer nc.Close()
	if err := queue.Setup(ctx, js, queue.Config{}); err != nil {
		return err
	}
	// Story clusters are assigned here, in input order, as 'dyad ingest'
	// does: workers see one document at a time. Each document carries its
	// signature to the store, and the date of the story it joined to the
	// worker.
	var stories *dedup.Index
	restored := 0
	if !*noDedup {
		stories = dedup.New(dedup.Options{Days: max(*storyDays, 0)})
		if *db != "" {
			if restored, err = restoreStories(ctx, *db, stories); err != nil {
				return err
			}
		}
	}
	pub := queue.NewPublisher(nc, js)
	docs, rejects := 0, 0
	var pubErr error
	err = source.Walk(ctx, inputs, opts, func(d *dyad.Document) error {
		j := queue.Job{Doc: d}
		if stories != nil && d.Cluster == "" {
			sig := stories.Sign(d.Text)
			d.Cluster = stories.AddSignature(d.ID, d.Date, sig)
			d.Signature = sig.Bytes()
			j.Signature = d.Signature
			j.StoryDate, _ = ingest.StoryDate(stories, d)
		}
		docs++
		return pub.Publish(ctx, j)
	}, func(r dyad.Reject) {
		rejects++
		if err := pub.Publish(ctx, queue.Job{Reject: &r}); err != nil && pubErr == nil {
			pubErr = err
		}
	})
	if err == nil {
		err = pubErr
	}
	if ferr := pub.Flush(ctx); err == nil {
		err = ferr
	}
	fmt.Fprintf(m.Stdout, "%d documents and %d rejected records queued on %s", docs, rejects, *natsURL)
	if *db != "" && stories != nil {
		fmt.Fprintf(m.Stdout, " (%d stored stories restored)", restored)
	}
	fmt.Fprintln(m.Stdout)
	return err
}

// restoreStories puts the stories the store at db keeps back into ix; a
// store file not made yet holds none.
func restoreStories(ctx context.Context, db string, ix *dedup.Index) (int, error) {
	store, err := openDB(ctx, db, false)
	if dyad.ErrorKind(err) == dyad.ENOTFOUND {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	defer store.Close()
	return ingest.RestoreStories(ctx, store, ix)
}
