package storetest

import (
	"context"
	"testing"

	"github.com/dyadproject/dyad"
)

// dyadCounter is the optional partner-counting method some stores have.
type dyadCounter interface {
	CountDyads(ctx context.Context, f dyad.EventFilter, n int) ([]dyad.DyadCount, error)
}

// summarizer is the optional one-query count some stores have.
type summarizer interface {
	Summarize(ctx context.Context, f dyad.EventFilter) (dyad.EventSummary, error)
}

// FuzzFilter feeds untrusted query parameters (words, cursors, codes, topics
// as they arrive from the command line or the HTTP API) to a small store
// loaded here: no panics, no SQL errors, every failure an invalid-input
// error. Call it from a store package's FuzzFilter with an empty store.
func FuzzFilter(f *testing.F, s dyad.EventStore) {
	f.Add("Tehran", "", "CHN", "arms/drone")
	f.Add("Tehran", "", "CHN", "/conflict")
	f.Add(`"unbalanced`, "2019-01-01~12", "", "")
	f.Add("NEAR(a b) OR c* AND -d & !e | f:*", "~", "%", "/")
	f.Add("Beijing's army*", "garbage", "\xff", "a/b/")
	f.Add("'quoted' \x00 nul", "0001-01-01~1", "\U0010FFFF", "\x00")
	var rs []*dyad.Result
	for r := range (Gen{Seed: 2, Docs: 40}).Results() {
		rs = append(rs, r)
	}
	Load(f, s, rs, 20)
	f.Fuzz(func(t *testing.T, text, cursor, actor, topic string) {
		ctx := context.Background()
		filter := dyad.EventFilter{Text: text, Cursor: cursor, Actor: actor, Topic: topic, Limit: 5}
		if _, _, err := s.Events(ctx, filter); err != nil && dyad.ErrorKind(err) != dyad.EINVALID {
			t.Fatalf("Events(%+v): %v (kind %s)", filter, err, dyad.ErrorKind(err))
		}
		filter.Cursor = ""
		if _, err := s.Trend(ctx, dyad.TrendQuery{Filter: filter}); err != nil && dyad.ErrorKind(err) != dyad.EINVALID {
			t.Fatalf("Trend(%+v): %v", filter, err)
		}
		if c, ok := s.(dyadCounter); ok {
			if _, err := c.CountDyads(ctx, filter, 5); err != nil && dyad.ErrorKind(err) != dyad.EINVALID {
				t.Fatalf("CountDyads(%+v): %v", filter, err)
			}
		}
		if _, err := s.Actors(ctx, actor, 5); err != nil {
			t.Fatalf("Actors(%q): %v", actor, err)
		}
	})
}
