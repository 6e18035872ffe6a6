// Package ingest drives documents from readers through a dyad.Processor into a dyad.EventStore, on all cores, resumably.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dedup"
)

// Source reads the inputs, calling emit for each document in a stable order
// and reject for each input or record that did not become one. Walking the
// same inputs again must give the same documents in the same order: story
// clusters are assigned in that order, and a resumed run relies on it.
// source.Walk, wrapped in a closure, is a Source.
type Source func(ctx context.Context, emit func(*dyad.Document) error, reject func(dyad.Reject)) error

// Config is what Run needs.
type Config struct {
	Store dyad.EventStore
	Proc  dyad.Processor
	// Stories groups copies of a story into one cluster; nil: each
	// document is its own story. When the store is a dyad.StoryStore,
	// documents of earlier runs published within the index's Options.Days
	// of the newest are put back into it first, and each document's
	// signature is stored, so copies of a story join across runs.
	Stories *dedup.Index
	Workers int      // documents processed at once; <= 0 means one per CPU
	Batch   int      // documents stored per transaction; <= 0 means 256
	Run     dyad.Run // recorded in the store
	// DocTimeout, when positive, rejects a document not coded within it
	// (reason "timeout") instead of holding a worker.
	DocTimeout time.Duration
	// Progress, if set, is called after each stored batch and once at the end,
	// from the goroutine that calls Run's store writes.
	Progress func(Progress)
}

// Progress is the state of a run so far.
type Progress struct {
	Read      int // documents read
	Done      int // documents coded, rejected or skipped
	Coded     int
	Rejected  int // documents and records that did not become documents
	Skipped   int
	Sentences int
	Events    int
	Elapsed   time.Duration
	Final     bool // the last call
}

// Summary is what a finished run did.
type Summary struct {
	dyad.RunSummary
	Run      int64 // the run's id in the store
	Restored int   // documents of earlier runs put back into the story index
}

// DocsPerSecond is the rate of documents read over the run.
func (s Summary) DocsPerSecond() float64 { return rate(s.Read, s.Elapsed) }

// SentencesPerSecond is the rate of sentences coded over the run.
func (s Summary) SentencesPerSecond() float64 { return rate(s.Sentences, s.Elapsed) }

func rate(n int, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(n) / d.Seconds()
}

// String is the one-line summary printed at the end of "dyad ingest".
func (s Summary) String() string {
	return fmt.Sprintf("%d documents read: %d coded, %d rejected, %d already stored; %d sentences, %d events in %s (%.1f docs/s, %.1f sentences/s)",
		s.Read, s.Coded, s.Rejected, s.Skipped, s.Sentences, s.Events, s.Elapsed.Round(time.Millisecond), s.DocsPerSecond(), s.SentencesPerSecond())
}

// Run reads every document of src, skips those already stored, processes
// the others on cfg.Workers goroutines and stores the results in batches of
// whole documents. Records that are not documents, and documents the
// processor rejects or fails on, are stored as rejects; one bad document
// never stops the run. Run returns early only when ctx is done or the store
// fails; what was committed stays, and running again finishes the job.
func Run(ctx context.Context, cfg Config, src Source) (Summary, error) {
	start := time.Now()
	if cfg.Workers <= 0 {
		cfg.Workers = runtime.NumCPU()
	}
	if cfg.Batch <= 0 {
		cfg.Batch = 256
	}
	if cfg.Run.Started.IsZero() {
		cfg.Run.Started = start
	}
	restored, err := restoreStories(ctx, cfg)
	if err != nil {
		return Summary{}, err
	}
	runID, err := cfg.Store.BeginRun(ctx, cfg.Run)
	if err != nil {
		return Summary{}, err
	}
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// Reader: one goroutine, in input order, so that story clusters are
	// assigned the same way on every run over the same inputs.
	todo := make(chan *dyad.Document, cfg.Workers*4)
	out := make(chan item, cfg.Workers*4)
	var readErr error
	var mu sync.Mutex // guards p.Read and skipped rejects below
	p := Progress{}
	go func() {
		defer close(todo)
		seen := map[string]bool{}
		readErr = src(ctx, func(d *dyad.Document) error {
			mu.Lock()
			p.Read++
			mu.Unlock()
			if cfg.Stories != nil && d.Cluster == "" {
				sig := cfg.Stories.Sign(d.Text)
				d.Cluster = cfg.Stories.AddSignature(d.ID, d.Date, sig)
				d.Signature = sig.Bytes()
			}
			has := seen[d.ID]
			seen[d.ID] = true
			if !has {
				var err error
				if has, err = cfg.Store.HasDocument(ctx, d.ID); err != nil {
					return err
				}
			}
			if has {
				select {
				case out <- item{skipped: true}:
				case <-ctx.Done():
					return ctx.Err()
				}
				return nil
			}
			select {
			case todo <- d:
			case <-ctx.Done():
				return ctx.Err()
			}
			return nil
		}, func(r dyad.Reject) {
			select {
			case out <- item{reject: &r}:
			case <-ctx.Done():
			}
		})
	}()

	// Workers.
	var wg sync.WaitGroup
	for range cfg.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for d := range todo {
				r := Process(ctx, cfg.Proc, d, cfg.DocTimeout)
				if r == nil {
					continue // cancelled: processed again next run
				}
				storyDated(cfg, r)
				select {
				case out <- item{result: r}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()

	// Writer: this goroutine, in batches.
	var batch []*dyad.Result
	var rejects []dyad.Reject
	records := 0 // rejects of records that never became documents
	// Batches are stored even after an interrupt: their documents are
	// whole, and a transaction takes milliseconds.
	wctx := context.WithoutCancel(ctx)
	flush := func(ctx context.Context) error {
		if len(batch) == 0 && len(rejects) == 0 {
			return nil
		}
		// A record reject counts in every run that reads its record (it
		// says the input is bad), so whether this run recorded it first
		// does not matter here.
		for _, r := range rejects {
			if _, err := cfg.Store.PutReject(ctx, runID, r); err != nil {
				return err
			}
		}
		n, err := cfg.Store.PutResults(ctx, runID, batch)
		if err != nil {
			return err
		}
		// Documents another writer stored meanwhile (between the reader's
		// HasDocument and this put) count as skipped, and only those this
		// run stored count as coded or rejected, with their events; the
		// store says which they are, asked only in that rare case.
		ask := n < len(docsOf(batch))
		for _, r := range batch {
			if r.Doc == nil {
				continue
			}
			if ask {
				mine, err := StoredBy(ctx, cfg.Store, r.Doc.ID, runID)
				if err != nil {
					return err
				}
				if !mine {
					p.Skipped++
					continue
				}
			}
			if r.Reject != nil {
				p.Rejected++
			} else {
				p.Coded++
				p.Sentences += len(r.Doc.Sentences)
				p.Events += len(r.Events)
			}
		}
		p.Done = p.Coded + p.Rejected + p.Skipped - records
		batch, rejects = batch[:0], rejects[:0]
		if cfg.Progress != nil {
			mu.Lock()
			q := p
			q.Read = p.Read
			mu.Unlock()
			q.Elapsed = time.Since(start)
			cfg.Progress(q)
		}
		return nil
	}
	var storeErr error
	tick := time.NewTicker(2 * time.Second) // store what is ready even when input is slow
	defer tick.Stop()
loop:
	for {
		select {
		case it, ok := <-out:
			if !ok {
				break loop
			}
			switch {
			case it.skipped:
				p.Skipped++
			case it.reject != nil:
				rejects = append(rejects, *it.reject)
				p.Rejected++
				records++
			default:
				batch = append(batch, it.result)
			}
			if len(batch) >= cfg.Batch || len(rejects) >= cfg.Batch {
				if storeErr = flush(wctx); storeErr != nil {
					break loop
				}
			}
		case <-tick.C:
			if storeErr = flush(wctx); storeErr != nil {
				break loop
			}
		}
	}
	if storeErr == nil {
		// Store what was processed, also when interrupted: those
		// documents are whole, and the next run need not redo them.
		storeErr = flush(wctx)
	}
	cancel()
	for range out { // let the workers and the reader finish
	}
	mu.Lock()
	read := p.Read
	mu.Unlock()
	sum := Summary{Run: runID, Restored: restored, RunSummary: dyad.RunSummary{
		Read: read, Coded: p.Coded, Rejected: p.Rejected, Skipped: p.Skipped,
		Sentences: p.Sentences, Events: p.Events, Elapsed: time.Since(start),
	}}
	switch {
	case parent.Err() != nil:
		err = parent.Err()
	case storeErr != nil:
		err = storeErr
	case readErr != nil:
		err = readErr
	}
	if err == nil {
		sum.Finished = time.Now()
		if ferr := cfg.Store.FinishRun(context.WithoutCancel(ctx), runID, sum.RunSummary); ferr != nil {
			return sum, ferr
		}
	}
	if cfg.Progress != nil {
		p.Read, p.Elapsed, p.Final = read, sum.Elapsed, true
		p.Done = p.Coded + p.Rejected + p.Skipped - records
		cfg.Progress(p)
	}
	return sum, err
}

// item is what reaches the writer: a processed document, a reject of a
// record that never became a document, or a skipped document.
type item struct {
	result  *dyad.Result
	reject  *dyad.Reject
	skipped bool
}

// Process runs proc on one document and turns a failure, a panic, or a
// document not finished within timeout (when > 0) into a reject of that
// document, so that one bad document never stops a run. It returns nil when
// ctx itself is done: the document was not finished and is processed again
// by the next run. The timeout is cooperative: dyad's pipeline checks its
// context between sentences.
func Process(ctx context.Context, proc dyad.Processor, d *dyad.Document, timeout time.Duration) (r *dyad.Result) {
	reject := func(reason, detail string) *dyad.Result {
		return &dyad.Result{Doc: d, Reject: &dyad.Reject{Input: d.Input, Offset: d.InputOffset, DocID: d.ID,
			Kind: "rejected", Reason: reason, Detail: detail}}
	}
	defer func() {
		if v := recover(); v != nil {
			r = reject("internal error", fmt.Sprint(v))
		}
	}()
	dctx := ctx
	if timeout > 0 {
		var cancel context.CancelFunc
		dctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	res, err := proc.Process(dctx, d)
	switch {
	case ctx.Err() != nil:
		return nil
	case dctx.Err() != nil:
		return reject("timeout", fmt.Sprintf("not coded within %s", timeout))
	case err == nil && res == nil:
		err = errors.New("processor returned nothing")
	}
	if err != nil {
		return reject("process: "+err.Error(), "")
	}
	if res.Doc == nil {
		res.Doc = d
	}
	return res
}

// StoredBy reports whether the document id is stored by run: one stored
// by another run (a second writer, a redelivery raced by the first
// delivery), or by none, is not this run's to count. Run and the queue's
// workers ask it only when a put stored fewer documents than it was given.
func StoredBy(ctx context.Context, st dyad.EventStore, id string, run int64) (bool, error) {
	d, err := st.Document(ctx, id)
	switch {
	case dyad.ErrorKind(err) == dyad.ENOTFOUND:
		return false, nil
	case err != nil:
		return false, err
	}
	return d.Run == run, nil
}

func docsOf(rs []*dyad.Result) []*dyad.Result {
	var out []*dyad.Result
	for _, r := range rs {
		if r.Doc != nil {
			out = append(out, r)
		}
	}
	return out
}
