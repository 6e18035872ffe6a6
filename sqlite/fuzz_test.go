package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/sqlite"
	"github.com/dyadproject/dyad/storetest"
)

// FuzzFilter feeds untrusted query parameters (words, cursors, codes, topics
// as they arrive from the command line or the HTTP API) to a small store:
// no panics, and every failure is an invalid-input error.
func FuzzFilter(f *testing.F) {
	f.Add("Tehran", "", "CHN", "arms/drone")
	f.Add(`"unbalanced`, "2019-01-01~12", "", "")
	f.Add("NEAR(a b) OR c* AND -d", "~", "%", "/")
	f.Add("Beijing's army*", "garbage", "\xff", "a/b/")
	db, err := sqlite.Open(filepath.Join(f.TempDir(), "dyad.db"), sqlite.Options{Create: true})
	if err != nil {
		f.Fatal(err)
	}
	defer db.Close()
	var rs []*dyad.Result
	for r := range (storetest.Gen{Seed: 2, Docs: 40}).Results() {
		rs = append(rs, r)
	}
	storetest.Load(f, db, rs, 20)
	f.Fuzz(func(t *testing.T, text, cursor, actor, topic string) {
		ctx := context.Background()
		filter := dyad.EventFilter{Text: text, Cursor: cursor, Actor: actor, Topic: topic, Limit: 5}
		if _, _, err := db.Events(ctx, filter); err != nil && dyad.ErrorKind(err) != dyad.EINVALID {
			t.Fatalf("Events(%+v): %v (kind %s)", filter, err, dyad.ErrorKind(err))
		}
		filter.Cursor = ""
		if _, err := db.Trend(ctx, dyad.TrendQuery{Filter: filter}); err != nil && dyad.ErrorKind(err) != dyad.EINVALID {
			t.Fatalf("Trend(%+v): %v", filter, err)
		}
		if _, err := db.CountDyads(ctx, filter, 5); err != nil && dyad.ErrorKind(err) != dyad.EINVALID {
			t.Fatalf("CountDyads(%+v): %v", filter, err)
		}
		if _, err := db.Actors(ctx, actor, 5); err != nil {
			t.Fatalf("Actors(%q): %v", actor, err)
		}
	})
}
