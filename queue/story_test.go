package queue_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/queue"
)

// TestJobStory: a job's signature is stored with its document and its story
// date given to the events the document dates, and the documents a worker
// has stored are given back as stories (dyad.StoryStore) while the worker
// still runs, so that the next day's enqueue can join copies to them.
func TestJobStory(t *testing.T) {
	s := startNATS(t, t.TempDir(), -1)
	nc, js := connect(t, s.ClientURL(), holdWait)
	rs, proc := corpus(4)
	first := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	dated := 0
	orig := map[string]dyad.Event{} // the events as coded, before any story date
	for _, r := range rs {
		for i := range r.Events {
			if i%2 == 0 {
				r.Events[i].DatePrecision = dyad.PrecisionDocument
				dated++
			}
			orig[r.Events[i].ID] = r.Events[i]
		}
	}
	if dated == 0 {
		t.Fatal("no events: the test shows nothing")
	}
	var jobs []queue.Job
	for i, r := range rs {
		d := *r.Doc
		j := queue.Job{Doc: &d, Signature: []byte{'s', byte('0' + i)}}
		if i > 0 {
			j.StoryDate = first
		}
		jobs = append(jobs, j)
	}
	publish(t, nc, js, jobs...)
	store := openSQLite(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() {
		w := &queue.Worker{Store: store, Proc: proc, Batch: 2}
		_, err := w.Work(ctx, js)
		done <- err
	}()
	var got []string
	for deadline := time.Now().Add(30 * time.Second); len(got) < len(rs); time.Sleep(50 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("stories of the running worker: %q, want %d", got, len(rs))
		}
		got = got[:0]
		if err := store.Stories(ctx, 0, func(st dyad.Story) error {
			got = append(got, st.Doc+"="+string(st.Signature))
			return nil
		}); err != nil {
			t.Fatal(err)
		}
	}
	slices.Sort(got)
	want := []string{rs[0].Doc.ID + "=s0", rs[1].Doc.ID + "=s1", rs[2].Doc.ID + "=s2", rs[3].Doc.ID + "=s3"}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("stories %q, want %q", got, want)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	for i, r := range rs {
		d, err := store.Document(context.Background(), r.Doc.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Mentions) != len(r.Events) {
			t.Fatalf("%s: %d mentions stored, want %d", r.Doc.ID, len(d.Mentions), len(r.Events))
		}
		for _, m := range d.Mentions {
			o := orig[m.ID]
			want := o.Date
			if i > 0 && o.DatePrecision == dyad.PrecisionDocument {
				want = first
			}
			if want.Equal(first) && o.Date.Equal(first) {
				t.Fatalf("%s: generated on the story date: the test cannot tell", m.ID)
			}
			if !m.Date.Equal(want) {
				t.Errorf("%s mention %s (%s): dated %s, want %s", r.Doc.ID, m.ID, o.DatePrecision, m.Date.Format(dyad.DateLayout), want.Format(dyad.DateLayout))
			}
		}
	}
}
