package queue_test

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/queue"
)

// TestRedeliveredOnce: a message held past AckWait is delivered again, and
// its document (or reject) counts once in the worker's counters, as it is
// stored once. The redelivery is provoked, not left to load: with an
// AckWait of 300 ms and a batch larger than the queue, the worker's fetch
// waits a second for more messages, so the server hands it the same two
// messages again (several times) before the batch is handled.
func TestRedeliveredOnce(t *testing.T) {
	s := startNATS(t, t.TempDir(), -1)
	nc, js := connect(t, s.ClientURL(), 300*time.Millisecond)
	rs, proc := corpus(6)
	var doc *dyad.Result
	for _, r := range rs {
		if len(r.Events) > 0 {
			doc = r
			break
		}
	}
	if doc == nil {
		t.Fatal("no document with events: the test shows nothing")
	}
	rej := dyad.Reject{Input: "feed.jsonl", Offset: 7, Line: 2, Reason: "invalid JSON", Kind: "rejected"}
	publish(t, nc, js, queue.Job{Doc: doc.Doc}, queue.Job{Reject: &rej})

	store := openSQLite(t)
	w := &queue.Worker{Store: store, Proc: proc, Batch: 16, Workers: 1, Idle: 1500 * time.Millisecond}
	c, err := w.Work(context.Background(), js)
	if err != nil {
		t.Fatal(err)
	}
	if c.Redelivered == 0 {
		t.Fatalf("no message was redelivered (%+v): the test shows nothing", c)
	}
	if c.Coded != 1 || c.Rejected != 1 || c.Events != len(doc.Events) || c.Dead != 0 {
		t.Errorf("worker counted %d coded, %d rejected, %d events, %d dead; want 1, 1, %d, 0 (%d fetched, %d redelivered)",
			c.Coded, c.Rejected, c.Events, c.Dead, len(doc.Events), c.Fetched, c.Redelivered)
	}
	if c.Fetched != c.Coded+c.Rejected+c.Skipped+c.Dead {
		t.Errorf("%d fetched, but %d coded + %d rejected + %d skipped + %d dead", c.Fetched, c.Coded, c.Rejected, c.Skipped, c.Dead)
	}
	// The store holds each once, as a direct load does.
	sameAsDirectLoad(t, store, []*dyad.Result{doc}, rej)
}

// TestRedeliveredTwoWorkers: the same provoked redeliveries with two
// workers waiting, so that a message may go to the other worker while the
// first still holds it and both code it: the store keeps one copy and the
// workers' counters, summed, count each document once.
func TestRedeliveredTwoWorkers(t *testing.T) {
	s := startNATS(t, t.TempDir(), -1)
	nc, js := connect(t, s.ClientURL(), 300*time.Millisecond)
	rs, proc := corpus(12)
	var jobs []queue.Job
	events := 0
	for _, r := range rs {
		jobs = append(jobs, queue.Job{Doc: r.Doc})
		events += len(r.Events)
	}
	publish(t, nc, js, jobs...)
	store := openSQLite(t)
	done := make(chan queue.Counters, 2)
	for i := range 2 {
		go func() {
			w := &queue.Worker{Store: store, Proc: proc, Batch: 32, Workers: 2, Idle: 1500 * time.Millisecond,
				Name: "w" + string(rune('1'+i))}
			c, err := w.Work(context.Background(), js)
			if err != nil {
				t.Error(err)
			}
			done <- c
		}()
	}
	var sum queue.Counters
	for range 2 {
		c := <-done
		sum.Fetched += c.Fetched
		sum.Redelivered += c.Redelivered
		sum.Coded += c.Coded
		sum.Skipped += c.Skipped
		sum.Events += c.Events
	}
	if sum.Redelivered == 0 {
		t.Fatalf("no message was redelivered (%+v): the test shows nothing", sum)
	}
	if sum.Coded != len(rs) || sum.Events != events || sum.Fetched != sum.Coded+sum.Skipped {
		t.Errorf("workers counted %d coded, %d events, %d skipped of %d fetched; want %d coded, %d events",
			sum.Coded, sum.Events, sum.Skipped, sum.Fetched, len(rs), events)
	}
	sameAsDirectLoad(t, store, rs)
}

// TestRejectTwoRuns: a reject redelivered to a second worker after the
// first stored it (here: the same job published again, once the first
// worker has finished) is stored once and counted once across the two
// workers' runs — rejected by the first, skipped by the second.
func TestRejectTwoRuns(t *testing.T) {
	s := startNATS(t, t.TempDir(), -1)
	nc, js := connect(t, s.ClientURL(), 30*time.Second)
	_, proc := corpus(1)
	store := openSQLite(t)
	rej := dyad.Reject{Input: "feed.jsonl", Offset: 11, Line: 3, Reason: "invalid JSON", Kind: "rejected"}
	var got []queue.Counters
	for i := range 2 {
		if i == 0 {
			publish(t, nc, js, queue.Job{Reject: &rej})
		} else {
			redeliver(t, js, queue.Job{Reject: &rej})
		}
		w := &queue.Worker{Store: store, Proc: proc, Batch: 4, Workers: 1, Idle: 500 * time.Millisecond,
			Name: "w" + string(rune('1'+i))}
		c, err := w.Work(context.Background(), js)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, c)
	}
	if got[0].Rejected != 1 || got[0].Skipped != 0 || got[1].Rejected != 0 || got[1].Skipped != 1 {
		t.Errorf("first worker counted %d rejected, %d skipped; second %d, %d (%+v); want 1, 0 and 0, 1",
			got[0].Rejected, got[0].Skipped, got[1].Rejected, got[1].Skipped, got[1])
	}
	sameAsDirectLoad(t, store, nil, rej)
}

// TestRejectRedeliveredSameWorker: a reject message that comes back to the
// same worker after its batch was stored (the acknowledgement arrived too
// late; here: the same job published again once the store holds it)
// counts once — rejected, then skipped — and is stored once.
func TestRejectRedeliveredSameWorker(t *testing.T) {
	s := startNATS(t, t.TempDir(), -1)
	nc, js := connect(t, s.ClientURL(), 30*time.Second)
	_, proc := corpus(1)
	store := openSQLite(t)
	rej := dyad.Reject{Input: "feed.jsonl", Offset: 13, Line: 4, Reason: "invalid JSON", Kind: "rejected"}
	publish(t, nc, js, queue.Job{Reject: &rej})
	ctx := context.Background()
	done := make(chan queue.Counters, 1)
	go func() {
		w := &queue.Worker{Store: store, Proc: proc, Batch: 4, Workers: 1, Idle: 3 * time.Second}
		c, err := w.Work(ctx, js)
		if err != nil {
			t.Error(err)
		}
		done <- c
	}()
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if st, err := store.Stats(ctx); err == nil && st.Rejects == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the worker never stored the reject")
		}
	}
	redeliver(t, js, queue.Job{Reject: &rej})
	c := <-done
	if c.Fetched != 2 || c.Rejected != 1 || c.Skipped != 1 {
		t.Errorf("worker counted %d fetched, %d rejected, %d skipped; want 2, 1, 1", c.Fetched, c.Rejected, c.Skipped)
	}
	if st, _ := store.Stats(ctx); st.Rejects != 1 {
		t.Errorf("store holds %d rejects, want 1", st.Rejects)
	}
}

// redeliver publishes j again as the server hands a message out again:
// bare, without the publisher's message id, with which JetStream would
// drop the copy as a duplicate.
func redeliver(t *testing.T, js jetstream.JetStream, j queue.Job) {
	t.Helper()
	data, err := json.Marshal(j)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := js.Publish(context.Background(), queue.Subject, data); err != nil {
		t.Fatal(err)
	}
}
