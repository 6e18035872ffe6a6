package pipeline

import (
	"context"
	"runtime"
	"sync"

	"github.com/dyadproject/dyad"
)

// Stream processes the documents that read emits with workers goroutines
// (all cores when workers <= 0) and passes each result to sink in input
// order, whatever the parallelism, so output is stable. At most a few
// documents per worker are held at once. Stream stops at the first error from
// read, a processor or sink, or when ctx is done.
func Stream(ctx context.Context, proc dyad.Processor, workers int,
	read func(ctx context.Context, emit func(*dyad.Document) error) error,
	sink func(*dyad.Result) error) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)

	type job struct {
		doc  *dyad.Document
		done chan *dyad.Result // buffered: a worker never waits for the sink
	}
	jobs := make(chan job, workers)    // to the workers
	order := make(chan job, 4*workers) // to the sink, in input order
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				res, err := proc.Process(ctx, j.doc)
				if err != nil {
					cancel(err)
					res = nil
				}
				j.done <- res
			}
		}()
	}
	// Result channels come back once the sink has read them, so a stream
	// makes about as many as it holds jobs at once rather than one a
	// document. Each carries exactly one result, so a read one is empty.
	free := make(chan chan *dyad.Result, 5*workers+1)
	sunk := make(chan error, 1)
	go func() {
		var err error
		for j := range order {
			res := <-j.done
			select {
			case free <- j.done:
			default:
			}
			if err != nil || res == nil {
				continue // drain after a failure
			}
			if err = sink(res); err != nil {
				cancel(err)
			}
		}
		sunk <- err
	}()
	readErr := read(ctx, func(d *dyad.Document) error {
		j := job{doc: d}
		select {
		case j.done = <-free:
		default:
			j.done = make(chan *dyad.Result, 1)
		}
		select {
		case order <- j:
		case <-ctx.Done():
			return context.Cause(ctx)
		}
		select {
		case jobs <- j:
		case <-ctx.Done():
			j.done <- nil
			return context.Cause(ctx)
		}
		return nil
	})
	close(jobs)
	wg.Wait()
	close(order)
	sinkErr := <-sunk
	if cause := context.Cause(ctx); cause != nil && cause != context.Canceled {
		return cause
	}
	if readErr != nil {
		return readErr
	}
	return sinkErr
}
