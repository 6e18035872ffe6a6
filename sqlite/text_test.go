package sqlite

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/storetest"
)

// TestBroadText pages through full-text queries with both plans (each
// matching event looked up, or the date index scanned newest first) and
// expects the same events in the same order.
func TestBroadText(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "t.db"), Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var rs []*dyad.Result
	for r := range (storetest.Gen{Seed: 3, Docs: 200, Days: 300}).Results() {
		rs = append(rs, r)
	}
	storetest.Load(t, s, rs, 50)
	ctx := context.Background()
	pages := func(f dyad.EventFilter) []int64 {
		var ids []int64
		for {
			evs, next, err := s.Events(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range evs {
				ids = append(ids, e.ID)
			}
			if next == "" {
				return ids
			}
			f.Cursor = next
		}
	}
	for _, f := range []dyad.EventFilter{
		{Text: "missile", Limit: 7},
		{Text: "Tehran talks", Limit: 5, Quad: 1},
		{Text: "oil", Since: day0("2015-03-01"), Until: day0("2015-08-31"), Limit: 4},
	} {
		s.broadMatches = defaultBroadMatches
		if broad, _ := s.broadText(ctx, f); broad {
			t.Fatalf("%+v: broad on a small store", f)
		}
		want := pages(f)
		s.broadMatches = 1
		if broad, _ := s.broadText(ctx, f); !broad {
			t.Fatalf("%+v: not broad with a threshold of 1", f)
		}
		got := pages(f)
		if len(want) == 0 || !reflect.DeepEqual(got, want) {
			t.Errorf("%+v: date-index plan gave %d events, lookups %d (or they differ)", f, len(got), len(want))
		}
	}
}

func day0(s string) time.Time {
	t, _ := time.Parse(dyad.DateLayout, s)
	return t
}
