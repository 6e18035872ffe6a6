package main

import (
	"context"
	"fmt"
	"os"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dedup"
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
	fs := m.newFlagSet("enqueue", "--nats URL [flags] INPUT...")
	natsURL := fs.String("nats", natsDefault(), "NATS server `URL`s, comma-separated (default $DYAD_NATS)")
	format := fs.String("format", "", "input format: text, jsonl, html or warc (default: sniffed per file)")
	date := fs.String("date", "", "publication date of documents whose input gives none (YYYY-MM-DD)")
	src := fs.String("source", "", "publisher name of documents whose input gives none")
	noDedup := fs.Bool("no-dedup", false, "do not group near-duplicate documents into story clusters")
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
	// does: workers see one document at a time.
	var cluster *dedup.Index
	if !*noDedup {
		cluster = dedup.New(dedup.Options{Days: 3}) // as dyad ingest's default --story-days
	}
	pub := queue.NewPublisher(nc, js)
	docs, rejects := 0, 0
	var pubErr error
	err = source.Walk(ctx, inputs, opts, func(d *dyad.Document) error {
		if cluster != nil && d.Cluster == "" {
			d.Cluster = cluster.Add(d.ID, d.Text)
		}
		docs++
		return pub.Publish(ctx, queue.Job{Doc: d})
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
	fmt.Fprintf(m.Stdout, "%d documents and %d rejected records queued on %s\n", docs, rejects, *natsURL)
	return err
}
