package queue_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/queue"
	"github.com/dyadproject/dyad/sqlite"
	"github.com/dyadproject/dyad/storetest"
)

// replay is a dyad.Processor that returns the generated result of each
// document: the queue is under test here, not the coder.
type replay map[string]*dyad.Result

func (p replay) Process(ctx context.Context, d *dyad.Document) (*dyad.Result, error) {
	r, ok := p[d.ID]
	if !ok {
		return nil, errors.New("unknown document")
	}
	out := *r
	out.Doc = d
	return &out, nil
}

func corpus(n int) ([]*dyad.Result, replay) {
	var rs []*dyad.Result
	p := replay{}
	for r := range (storetest.Gen{Seed: 21, Docs: n}).Results() {
		rs = append(rs, r)
		p[r.Doc.ID] = r
	}
	return rs, p
}

// sameAsDirectLoad fails the test unless store holds what loading results
// and rejects into a fresh store directly holds: each document and reject
// once, whatever the workers and redeliveries did.
func sameAsDirectLoad(t *testing.T, store *sqlite.DB, results []*dyad.Result, rejects ...dyad.Reject) {
	t.Helper()
	want := openSQLite(t)
	run := storetest.Load(t, want, results, 64)
	for _, r := range rejects {
		if _, err := want.PutReject(context.Background(), run, r); err != nil {
			t.Fatal(err)
		}
	}
	if got, w := storetest.Dump(t, store), storetest.Dump(t, want); got != w {
		t.Errorf("store differs from a direct load:\n%.2000s\nwant\n%.2000s", got, w)
	}
}

func openSQLite(t *testing.T) *sqlite.DB {
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "dyad.db"), sqlite.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// holdWait is the AckWait of the tests that never let it run out: long, so
// that a worker on a loaded machine, whose InProgress ticks come late,
// still holds its documents (at one second TestWorkers saw a reject
// redelivered under a load of 26 on two cores, and counted twice until the
// worker counted a redelivered message once). TestDeadLetters and the
// redelivery tests (redeliver_test.go) need a short one.
const holdWait = 30 * time.Second

// connect connects to the server at url and sets the queue up with the
// given AckWait.
func connect(t *testing.T, url string, ackWait time.Duration) (*nats.Conn, jetstream.JetStream) {
	nc, js, err := queue.Connect(url, "test")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	if err := queue.Setup(context.Background(), js, queue.Config{AckWait: ackWait}); err != nil {
		t.Fatal(err)
	}
	return nc, js
}

func publish(t *testing.T, nc *nats.Conn, js jetstream.JetStream, jobs ...queue.Job) {
	t.Helper()
	p := queue.NewPublisher(nc, js)
	for _, j := range jobs {
		if err := p.Publish(context.Background(), j); err != nil {
			t.Fatal(err)
		}
	}
	if err := p.Flush(context.Background()); err != nil {
		t.Fatal(err)
	}
}

// TestWorkers runs three workers on one queue of 200 documents (each
// published twice, and with a record reject): the store must equal one
// loaded directly, and the queue must end empty.
func TestWorkers(t *testing.T) {
	s := startNATS(t, t.TempDir(), -1)
	nc, js := connect(t, s.ClientURL(), holdWait)
	rs, proc := corpus(200)
	var jobs []queue.Job
	for _, r := range rs {
		jobs = append(jobs, queue.Job{Doc: r.Doc})
	}
	rej := dyad.Reject{Input: "feed.jsonl", Offset: 7, Line: 2, Reason: "invalid JSON", Kind: "rejected"}
	jobs = append(jobs, queue.Job{Reject: &rej})
	publish(t, nc, js, jobs...)
	publish(t, nc, js, jobs[:50]...) // within the duplicate window: dropped by JetStream

	st, err := queue.Status(context.Background(), js, 5)
	if err != nil || st.Waiting != uint64(len(jobs)) {
		t.Fatalf("before the workers: %d waiting, %v; want %d", st.Waiting, err, len(jobs))
	}

	store := openSQLite(t)
	ctx := context.Background()
	done := make(chan queue.Counters, 3)
	for i := range 3 {
		go func() {
			w := &queue.Worker{Store: store, Proc: proc, Batch: 16, Workers: 2, Idle: 1500 * time.Millisecond,
				Name: "w" + string(rune('1'+i))}
			c, err := w.Work(ctx, js)
			if err != nil {
				t.Error(err)
			}
			done <- c
		}()
	}
	total := queue.Counters{}
	for range 3 {
		c := <-done
		total.Coded += c.Coded
		total.Rejected += c.Rejected
		total.Fetched += c.Fetched
	}
	if total.Coded != len(rs) || total.Rejected != 1 {
		t.Errorf("workers coded %d and rejected %d, want %d and 1", total.Coded, total.Rejected, len(rs))
	}
	sameAsDirectLoad(t, store, rs, rej)
	st, err = queue.Status(ctx, js, 5)
	if err != nil || st.Waiting != 0 || st.InFlight != 0 || st.Dead != 0 {
		t.Errorf("after the workers: %+v, %v", st, err)
	}
	if len(st.Workers) != 3 || st.Workers[0].Name != "w1" {
		t.Errorf("status lists workers %+v, want w1, w2, w3", st.Workers)
	}
}

// TestDeadLetters: a message that is no job, and a document that was
// delivered more often than allowed (its workers "died" — here a consumer
// that never acknowledges), go to the dead-letter stream with the reason;
// the others are stored.
func TestDeadLetters(t *testing.T) {
	s := startNATS(t, t.TempDir(), -1)
	nc, js := connect(t, s.ClientURL(), time.Second)
	ctx := context.Background()
	rs, proc := corpus(3)
	if _, err := js.Publish(ctx, queue.Subject, []byte("{not json")); err != nil {
		t.Fatal(err)
	}
	publish(t, nc, js, queue.Job{Doc: rs[0].Doc})
	// A worker that dies on the poison document: take it and never ack,
	// twice, letting AckWait (1s) run out each time.
	cons, err := js.Consumer(ctx, queue.Stream, queue.Consumer)
	if err != nil {
		t.Fatal(err)
	}
	for range 2 {
		for {
			mb, err := cons.Fetch(2, jetstream.FetchMaxWait(3*time.Second))
			if err != nil {
				t.Fatal(err)
			}
			got := false
			for m := range mb.Messages() {
				if strings.Contains(string(m.Data()), rs[0].Doc.ID) {
					got = true
				} else {
					m.Nak()
				}
			}
			if got {
				break
			}
		}
	}
	publish(t, nc, js, queue.Job{Doc: rs[1].Doc}, queue.Job{Doc: rs[2].Doc})
	store := openSQLite(t)
	w := &queue.Worker{Store: store, Proc: proc, Attempts: 2, Idle: 2500 * time.Millisecond}
	c, err := w.Work(ctx, js)
	if err != nil {
		t.Fatal(err)
	}
	if c.Dead != 2 || c.Coded != 2 {
		t.Errorf("worker: %d dead, %d coded; want 2 and 2", c.Dead, c.Coded)
	}
	if has, _ := store.HasDocument(ctx, rs[0].Doc.ID); has {
		t.Error("the poison document was stored")
	}
	st, err := queue.Status(ctx, js, 10)
	if err != nil {
		t.Fatal(err)
	}
	if st.Dead != 2 || len(st.DeadLetters) != 2 || st.Waiting != 0 || st.InFlight != 0 {
		t.Fatalf("status: %+v", st)
	}
	reasons := map[string]string{}
	for _, d := range st.DeadLetters {
		reasons[d.Doc] = d.Reason
	}
	if r := reasons[rs[0].Doc.ID]; !strings.Contains(r, "delivered 3 times") {
		t.Errorf("poison document: reason %q", r)
	}
	if r := reasons[""]; !strings.HasPrefix(r, "not a dyad job") {
		t.Errorf("bad message: reason %q", r)
	}
}

// TestBigDocument: a document larger than a NATS message is queued as a
// reject that says so, and stored as one.
func TestBigDocument(t *testing.T) {
	s := startNATS(t, t.TempDir(), -1)
	nc, js := connect(t, s.ClientURL(), holdWait)
	d := &dyad.Document{ID: "huge", Input: "big.txt", Text: strings.Repeat("word ", int(nc.MaxPayload())/4)}
	publish(t, nc, js, queue.Job{Doc: d})
	store := openSQLite(t)
	w := &queue.Worker{Store: store, Proc: replay{}, Idle: time.Second}
	if _, err := w.Work(context.Background(), js); err != nil {
		t.Fatal(err)
	}
	rj, _ := store.Rejects(context.Background(), 0, 5)
	if len(rj) != 1 || rj[0].DocID != "huge" || !strings.Contains(rj[0].Reason, "larger than a NATS message") {
		t.Errorf("rejects: %+v", rj)
	}
}
