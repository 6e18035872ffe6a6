package main

import (
	"context"
	"fmt"
	"log/slog"
	"runtime"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/pipeline"
	"github.com/dyadproject/dyad/queue"
)

func init() {
	register(&Command{Name: "worker", Summary: "code documents from the NATS work queue into a store (run as many as wanted)", Run: runWorker})
}

func runWorker(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet("worker", "--nats URL --db postgres://... [flags]")
	natsURL := fs.String("nats", natsDefault(), "NATS server `URL`s, comma-separated (default $DYAD_NATS)")
	db := fs.String("db", "", "event store: a postgres:// `URL` (a SQLite file works for one worker)")
	workers := fs.Int("workers", runtime.NumCPU(), "documents processed at once")
	batch := fs.Int("batch", 64, "documents fetched and stored per transaction")
	attempts := fs.Int("attempts", 5, "deliveries of a document before it goes to the dead-letter stream")
	ackWait := fs.Duration("ack-wait", 30*time.Second, "how soon the documents of a silent worker go to another")
	maxPending := fs.Int("max-ack-pending", 1024, "documents handed out and not yet stored, over all workers")
	idle := fs.Duration("exit-when-idle", 0, "exit after the queue has been empty this long (0: run until stopped)")
	docTimeout := fs.Duration("doc-timeout", time.Minute, "reject a document not coded within this time (0: no limit)")
	coding := coderFlags(fs)
	name := fs.String("name", "", "name shown by 'dyad status' (default host-pid)")
	verbose := fs.Bool("v", false, "log every batch")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return dyad.Errorf(dyad.EINVALID, "unexpected argument %q", rest[0])
	}
	if *db == "" {
		fs.Usage()
		return dyad.Errorf(dyad.EINVALID, "no --db given")
	}
	level := slog.LevelInfo
	if *verbose {
		level = slog.LevelDebug
	}
	log := slog.New(slog.NewTextHandler(m.Stderr, &slog.HandlerOptions{Level: level}))
	proc, err := pipeline.New(coding())
	if err != nil {
		return err
	}
	store, err := openDB(ctx, *db, true)
	if err != nil {
		return err
	}
	defer store.Close()
	nc, js, err := queue.Connect(*natsURL, "dyad worker")
	if err != nil {
		return err
	}
	defer nc.Close()
	if err := queue.Setup(ctx, js, queue.Config{AckWait: *ackWait, MaxAckPending: *maxPending}); err != nil {
		return err
	}
	w := &queue.Worker{Store: store, Proc: proc, Batch: *batch, Workers: *workers, Attempts: *attempts,
		Name: *name, Idle: *idle, Log: log, DocTimeout: *docTimeout,
		Run: dyad.Run{Inputs: []string{*natsURL}, Version: buildVersion(), DictVersion: proc.Version()}}
	log.Info("worker started", "nats", *natsURL, "workers", *workers, "batch", *batch)
	c, err := w.Work(ctx, js)
	el := time.Since(c.Started)
	fmt.Fprintf(m.Stdout, "worker %s: %d documents coded, %d rejected, %d already stored, %d dead-lettered, %d redelivered; %d events in %s (%.1f docs/s)\n",
		c.Name, c.Coded, c.Rejected, c.Skipped, c.Dead, c.Redelivered, c.Events, el.Round(time.Millisecond), float64(c.Coded+c.Rejected+c.Skipped)/max(el.Seconds(), 1e-3))
	return err
}
