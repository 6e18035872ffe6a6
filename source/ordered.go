package source

// ordered runs work items on up to n goroutines and delivers their results
// in the order the items were added. A work item does the slow part (page
// extraction) and returns the function that delivers its result (emit or
// reject), which ordered calls on the adding goroutine.
type ordered struct {
	n       int
	sem     chan struct{}
	pending []chan func() error
}

func newOrdered(n int) *ordered {
	n = max(n, 1)
	return &ordered{n: n, sem: make(chan struct{}, n)}
}

// ready wraps a result that needs no work.
func ready(f func() error) func() func() error { return func() func() error { return f } }

// add starts work and delivers the results that are ready, blocking while
// more than 2n results are pending. It returns the first delivery error.
func (q *ordered) add(work func() func() error) error {
	if q.n == 1 {
		return work()()
	}
	ch := make(chan func() error, 1)
	q.pending = append(q.pending, ch)
	q.sem <- struct{}{}
	go func() {
		defer func() { <-q.sem }()
		ch <- work()
	}()
	for len(q.pending) > 0 {
		var deliver func() error
		if len(q.pending) > 2*q.n {
			deliver = <-q.pending[0]
		} else {
			select {
			case deliver = <-q.pending[0]:
			default:
				return nil
			}
		}
		q.pending = q.pending[1:]
		if err := deliver(); err != nil {
			return err
		}
	}
	return nil
}

// flush delivers every pending result in order.
func (q *ordered) flush() error {
	for len(q.pending) > 0 {
		deliver := <-q.pending[0]
		q.pending = q.pending[1:]
		if err := deliver(); err != nil {
			return err
		}
	}
	return nil
}

// wait lets running work finish without delivering it (after an error).
func (q *ordered) wait() {
	for range q.n {
		q.sem <- struct{}{}
	}
}
