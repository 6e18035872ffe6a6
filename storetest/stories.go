package storetest

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
)

// testStories checks dyad.StoryStore, for stores that implement it:
// signatures come back byte for byte with their cluster and date, oldest
// first; a killed run's documents wait until a later run finishes; the
// window counts days back from the newest document and leaves out undated
// ones; documents without a signature are not given.
func testStories(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	defer s.Close()
	ss, ok := s.(dyad.StoryStore)
	if !ok {
		t.Skip("the store keeps no story signatures")
	}
	doc := func(id, cluster, day string, sig ...byte) *dyad.Result {
		d := &dyad.Document{ID: id, Cluster: cluster, Text: "text of " + id, Signature: sig}
		if day != "" {
			d.Date = date(day)
		}
		return &dyad.Result{Doc: d}
	}
	stories := func(days int) []string {
		t.Helper()
		var got []string
		err := ss.Stories(ctx, days, func(st dyad.Story) error {
			d := "undated"
			if !st.Date.IsZero() {
				d = st.Date.Format(dyad.DateLayout)
			}
			got = append(got, st.Doc+"/"+st.Cluster+"/"+d+"/"+string(st.Signature))
			return nil
		})
		if err != nil {
			t.Fatalf("Stories(%d): %v", days, err)
		}
		return got
	}
	put := func(run int64, rs ...*dyad.Result) {
		t.Helper()
		if _, err := s.PutResults(ctx, run, rs); err != nil {
			t.Fatal(err)
		}
	}
	finish := func(run int64) {
		t.Helper()
		if err := s.FinishRun(ctx, run, dyad.RunSummary{Finished: time.Now()}); err != nil {
			t.Fatal(err)
		}
	}

	r1, _ := s.BeginRun(ctx, dyad.Run{})
	put(r1, doc("b", "a", "2024-03-10", 'B'), doc("a", "a", "2024-03-01", 'A', 0, 255), doc("u", "u", "", 'U'), doc("n", "n", "2024-03-10"))
	if got := stories(0); len(got) != 0 {
		t.Errorf("before any run finished: %q, want none", got)
	}
	finish(r1)
	r2, _ := s.BeginRun(ctx, dyad.Run{}) // killed: never finished
	put(r2, doc("k", "a", "2024-03-11", 'K'))

	want := []string{"u/u/undated/U", "a/a/2024-03-01/A\x00\xff", "b/a/2024-03-10/B"}
	if got := stories(0); !slices.Equal(got, want) {
		t.Errorf("Stories(0) = %q, want %q", got, want)
	}
	if got, want := stories(3), want[2:]; !slices.Equal(got, want) {
		t.Errorf("Stories(3) = %q, want %q (within 3 days of 2024-03-10, dated)", got, want)
	}
	if got, want := stories(9), want[1:]; !slices.Equal(got, want) {
		t.Errorf("Stories(9) = %q, want %q", got, want)
	}

	// The run that resumes the killed one finishes: its documents and the
	// killed run's are given, and the window moves to the newest.
	r3, _ := s.BeginRun(ctx, dyad.Run{})
	put(r3, doc("c", "c", "2024-03-12", 'C'))
	finish(r3)
	if got, want := stories(1), []string{"k/a/2024-03-11/K", "c/c/2024-03-12/C"}; !slices.Equal(got, want) {
		t.Errorf("after a later run finished, Stories(1) = %q, want %q", got, want)
	}
}
