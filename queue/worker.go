package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/ingest"
)

// Worker pulls documents from the queue, codes them and stores the results.
// A batch of messages is acknowledged only after the transaction storing
// it has committed; the store skips documents it already holds. So a worker
// killed at any moment loses nothing (JetStream redelivers what it had not
// acknowledged) and duplicates nothing.
type Worker struct {
	Store dyad.EventStore
	Proc  dyad.Processor
	Run   dyad.Run // recorded in the store as this worker's run

	Batch    int           // messages fetched, and documents stored per transaction (default 64)
	Workers  int           // documents processed at once (default one per CPU)
	Attempts int           // deliveries after which a document goes to the dead-letter stream (default 5)
	Name     string        // shown by Status (default host-pid)
	Idle     time.Duration // return after the queue has been empty this long; 0: run until ctx is done
	Log      *slog.Logger  // nil: no log
	// DocTimeout, when positive, rejects a document not coded within it
	// (reason "timeout") instead of holding the batch.
	DocTimeout time.Duration

	counters Counters
	// rejects are the rejects this run has counted, by their store key: a
	// reject message redelivered to this worker after its batch was
	// stored (the acknowledgement came too late) counts as skipped, as a
	// redelivered document does.
	rejects map[rejectKey]bool
	mu      sync.Mutex
}

// rejectKey is what the store tells two rejects apart by.
type rejectKey struct {
	input, doc, reason string
	offset             int64
}

func keyOf(r dyad.Reject) rejectKey {
	return rejectKey{input: r.Input, doc: r.DocID, reason: r.Reason, offset: r.Offset}
}

// Counters are what a worker did; Status shows those of the live workers.
type Counters struct {
	Name        string    `json:"name"`
	Started     time.Time `json:"started"`
	Updated     time.Time `json:"updated"`
	Run         int64     `json:"run"`
	Fetched     int       `json:"fetched"`     // messages received
	Redelivered int       `json:"redelivered"` // of them, delivered before (to a worker that died or was slow)
	Coded       int       `json:"coded"`       // documents newly stored as coded
	Rejected    int       `json:"rejected"`    // documents and records stored as rejected
	Skipped     int       `json:"skipped"`     // already stored, or stored by another worker meanwhile, or a second copy of a message in one batch
	Events      int       `json:"events"`
	Dead        int       `json:"dead"`         // sent to the dead-letter stream
	StoreErrors int       `json:"store_errors"` // failed writes, retried
	LastError   string    `json:"last_error,omitempty"`
}

func (w *Worker) defaults() {
	if w.Batch <= 0 {
		w.Batch = 64
	}
	if w.Workers <= 0 {
		w.Workers = runtime.NumCPU()
	}
	if w.Attempts <= 0 {
		w.Attempts = 5
	}
	if w.Name == "" {
		host, _ := os.Hostname()
		w.Name = host + "-" + strconv.Itoa(os.Getpid())
	}
	if w.Log == nil {
		w.Log = slog.New(slog.DiscardHandler)
	}
}

var kvKey = regexp.MustCompile(`[^-_a-zA-Z0-9]`)

// Work runs the worker until ctx is done (or the queue has been idle for
// w.Idle) and returns its counters. Failures of NATS or of the store are
// waited out, not returned: a worker outlives restarts of either.
func (w *Worker) Work(ctx context.Context, js jetstream.JetStream) (Counters, error) {
	w.defaults()
	w.counters = Counters{Name: w.Name, Started: time.Now()}
	w.rejects = map[rejectKey]bool{}
	run, err := w.Store.BeginRun(ctx, w.Run)
	if err != nil {
		return w.counters, err
	}
	w.counters.Run = run
	var cons jetstream.Consumer
	for {
		if cons, err = js.Consumer(ctx, Stream, Consumer); err == nil {
			break
		}
		if ctx.Err() != nil {
			return w.counters, ctx.Err()
		}
		w.Log.Warn("queue not ready", "err", err)
		time.Sleep(time.Second)
	}
	ackWait := cons.CachedInfo().Config.AckWait
	report := w.reporter(ctx, js)
	defer report(true)

	lastWork := time.Now()
	backoff := 100 * time.Millisecond
	for ctx.Err() == nil {
		report(false)
		if w.Idle > 0 && time.Since(lastWork) > w.Idle {
			break
		}
		fctx, cancel := context.WithTimeout(ctx, time.Second)
		mb, err := cons.Fetch(w.Batch, jetstream.FetchContext(fctx))
		if err != nil {
			cancel()
			if ctx.Err() != nil {
				break
			}
			w.fail("fetch", err)
			time.Sleep(backoff)
			backoff = min(2*backoff, 5*time.Second)
			continue
		}
		var msgs []jetstream.Msg
		for m := range mb.Messages() {
			msgs = append(msgs, m)
		}
		cancel()
		ferr := mb.Error()
		if errors.Is(ferr, nats.ErrTimeout) || errors.Is(ferr, context.DeadlineExceeded) || errors.Is(ferr, context.Canceled) {
			ferr = nil // an empty queue, or shutting down
		}
		if ferr != nil && ctx.Err() == nil {
			w.fail("fetch", ferr)
		}
		if len(msgs) == 0 {
			if ferr != nil {
				time.Sleep(backoff)
				backoff = min(2*backoff, 5*time.Second)
			}
			continue
		}
		backoff = 100 * time.Millisecond
		w.handle(ctx, js, run, msgs, ackWait)
		lastWork = time.Now()
	}
	w.mu.Lock()
	c := w.counters
	sum := w.summary()
	w.mu.Unlock()
	if err := w.Store.FinishRun(context.WithoutCancel(ctx), run, sum); err != nil {
		w.Log.Warn("finish run", "err", err)
	}
	if errors.Is(ctx.Err(), context.Canceled) {
		return c, nil
	}
	return c, ctx.Err()
}

// handle codes and stores one batch of messages and acknowledges them.
func (w *Worker) handle(ctx context.Context, js jetstream.JetStream, run int64, msgs []jetstream.Msg, ackWait time.Duration) {
	// Tell JetStream we are alive while we work, so it does not hand the
	// batch to another worker.
	done := make(chan struct{})
	defer close(done)
	go func() {
		t := time.NewTicker(max(ackWait/3, 100*time.Millisecond))
		defer t.Stop()
		for {
			select {
			case <-t.C:
				for _, m := range msgs {
					m.InProgress()
				}
			case <-done:
				return
			}
		}
	}()

	var todo []*dyad.Document
	var storyDates []time.Time
	var todoMsgs, ack []jetstream.Msg
	var rejects []dyad.Reject
	c := Counters{}
	// A message held past AckWait before its batch is handled (a fetch
	// waits up to a second to fill the batch) comes again, often in the
	// same batch: its stream sequence is the same. The first copy is
	// handled; the later ones are acknowledged with it and count as
	// skipped, so that a document counts once, as it is stored once.
	held := make(map[uint64]bool, len(msgs))
	for _, m := range msgs {
		c.Fetched++
		meta, err := m.Metadata()
		if err == nil && meta.NumDelivered > 1 {
			c.Redelivered++
		}
		if err == nil {
			if held[meta.Sequence.Stream] {
				c.Skipped++
				ack = append(ack, m)
				continue
			}
			held[meta.Sequence.Stream] = true
		}
		var j Job
		if err := json.Unmarshal(m.Data(), &j); err != nil || (j.Doc == nil && j.Reject == nil) {
			w.dead(ctx, js, m, "", fmt.Sprintf("not a dyad job: %v", err), &c)
			continue
		}
		if j.Doc != nil && j.Doc.ID == "" {
			w.dead(ctx, js, m, "", "document without an id", &c)
			continue
		}
		if err == nil && meta.NumDelivered > uint64(w.Attempts) {
			id := ""
			if j.Doc != nil {
				id = j.Doc.ID
			}
			w.dead(ctx, js, m, id, fmt.Sprintf("delivered %d times and never stored: a worker died or stalled on it each time", meta.NumDelivered), &c)
			continue
		}
		if j.Reject != nil && j.Doc == nil {
			rejects = append(rejects, *j.Reject)
			ack = append(ack, m)
			continue
		}
		if has, err := w.Store.HasDocument(ctx, j.Doc.ID); err == nil && has {
			c.Skipped++
			ack = append(ack, m)
			continue
		}
		if len(j.Signature) > 0 {
			j.Doc.Signature = j.Signature
		}
		todo = append(todo, j.Doc)
		storyDates = append(storyDates, j.StoryDate)
		todoMsgs = append(todoMsgs, m)
	}

	results := make([]*dyad.Result, len(todo))
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(w.Workers, len(todo)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] = ingest.Process(ctx, w.Proc, todo[i], w.DocTimeout)
				ingest.DateByStory(results[i], storyDates[i])
			}
		}()
	}
	for i := range todo {
		next <- i
	}
	close(next)
	wg.Wait()

	// Store, retrying until the store takes it: a failing database is not
	// the documents' fault, so they are not redelivered for it.
	backoff := 100 * time.Millisecond
	for {
		if ctx.Err() != nil {
			for _, m := range append(ack, todoMsgs...) {
				m.Nak() // another worker takes them now, not after AckWait
			}
			return
		}
		err := w.store(ctx, run, rejects, results, &c)
		if err == nil {
			break
		}
		w.fail("store", err)
		w.mu.Lock()
		w.counters.StoreErrors++
		w.mu.Unlock()
		time.Sleep(backoff)
		backoff = min(2*backoff, 5*time.Second)
	}
	for _, m := range append(ack, todoMsgs...) {
		if err := m.Ack(); err != nil {
			// Redelivered later and skipped then: the write is done.
			w.Log.Debug("ack", "err", err)
		}
	}
	w.mu.Lock()
	w.counters.Fetched += c.Fetched
	w.counters.Redelivered += c.Redelivered
	w.counters.Coded += c.Coded
	w.counters.Rejected += c.Rejected
	w.counters.Skipped += c.Skipped
	w.counters.Events += c.Events
	w.counters.Dead += c.Dead
	sum := w.summary()
	w.mu.Unlock()
	// The run is finished as far as its stored documents go: their story
	// clusters came from enqueue, so unlike a killed ingest run's they
	// need no resume to be clustered again, and the next "dyad enqueue
	// --db" may put them back into its story index (dyad.StoryStore gives
	// only documents of finished runs).
	if len(results) > 0 {
		if err := w.Store.FinishRun(ctx, run, sum); err != nil {
			w.Log.Warn("finish run", "err", err)
		}
	}
}

// summary is the worker's run summary so far; w.mu must be held.
func (w *Worker) summary() dyad.RunSummary {
	c := w.counters
	return dyad.RunSummary{Finished: time.Now(), Read: c.Fetched, Coded: c.Coded, Rejected: c.Rejected, Skipped: c.Skipped,
		Events: c.Events, Elapsed: time.Since(c.Started)}
}

func (w *Worker) store(ctx context.Context, run int64, rejects []dyad.Reject, results []*dyad.Result, c *Counters) error {
	var k Counters
	var counted []rejectKey
	for _, r := range rejects {
		mine, err := w.Store.PutReject(ctx, run, r)
		if err != nil {
			return err
		}
		// Recorded by another worker's run first, or already counted by
		// this one (redelivered to a worker after it was stored):
		// skipped, like a document. One this run recorded in an attempt
		// that then failed is still its own.
		w.mu.Lock()
		again := w.rejects[keyOf(r)] || slices.Contains(counted, keyOf(r))
		w.mu.Unlock()
		if mine && !again {
			k.Rejected++
			counted = append(counted, keyOf(r))
		} else {
			k.Skipped++
		}
	}
	n, err := w.Store.PutResults(ctx, run, results)
	if err != nil {
		return err
	}
	// Some were stored meanwhile by another worker (a redelivery raced the
	// first delivery): those count as skipped, and only the documents this
	// run stored count as coded or rejected, with their events. Which they
	// are the store says; it is asked only in that rare case.
	var skip []bool
	if n < len(results) {
		skip = make([]bool, len(results))
		for i, r := range results {
			mine, err := ingest.StoredBy(ctx, w.Store, r.Doc.ID, run)
			if err != nil {
				return err // the batch is put again: nothing new is stored, and this is asked again
			}
			skip[i] = !mine // stored by another run, or by none: nothing of it to count
		}
	}
	for i, r := range results {
		switch {
		case skip != nil && skip[i]:
			k.Skipped++
		case r.Reject != nil:
			k.Rejected++
		default:
			k.Coded++
			k.Events += len(r.Events)
		}
	}
	c.Rejected += k.Rejected
	c.Skipped += k.Skipped
	c.Coded += k.Coded
	c.Events += k.Events
	w.mu.Lock()
	for _, key := range counted {
		w.rejects[key] = true
	}
	w.mu.Unlock()
	return nil
}

// dead moves a message to the dead-letter stream with the reason and
// removes it from the queue.
func (w *Worker) dead(ctx context.Context, js jetstream.JetStream, m jetstream.Msg, doc, reason string, c *Counters) {
	msg := &nats.Msg{Subject: DeadSubject, Data: m.Data(), Header: nats.Header{}}
	msg.Header.Set(HeaderReason, reason)
	msg.Header.Set(HeaderDoc, doc)
	if meta, err := m.Metadata(); err == nil {
		msg.Header.Set(HeaderDeliveries, strconv.FormatUint(meta.NumDelivered, 10))
	}
	if _, err := js.PublishMsg(ctx, msg); err != nil {
		w.fail("dead letter", err)
		m.Nak()
		return
	}
	w.Log.Warn("dead letter", "doc", doc, "reason", reason)
	m.Term()
	c.Dead++
}

func (w *Worker) fail(op string, err error) {
	w.Log.Warn(op, "err", err)
	w.mu.Lock()
	w.counters.LastError = op + ": " + err.Error()
	w.mu.Unlock()
}

// reporter returns a function that writes the worker's counters to the
// worker bucket, at most twice a second unless forced.
func (w *Worker) reporter(ctx context.Context, js jetstream.JetStream) func(force bool) {
	kv, err := js.KeyValue(ctx, WorkerKV)
	if err != nil {
		w.Log.Warn("worker bucket", "err", err)
	}
	key := kvKey.ReplaceAllString(w.Name, "_")
	var last time.Time
	return func(force bool) {
		if kv == nil || (!force && time.Since(last) < 500*time.Millisecond) {
			return
		}
		last = time.Now()
		w.mu.Lock()
		w.counters.Updated = last
		b, _ := json.Marshal(w.counters)
		w.mu.Unlock()
		rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Second)
		defer cancel()
		if _, err := kv.Put(rctx, key, b); err != nil && !temporary(err) {
			w.Log.Debug("report", "err", err)
		}
	}
}
