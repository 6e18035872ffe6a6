package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/storetest"
)

// TestUpgrade fills a store at each older schema version, opens it with all
// migrations, and expects the same answers as a store made at the latest
// version: migrations keep data and the queries that use the new indexes.
func TestUpgrade(t *testing.T) {
	var rs []*dyad.Result
	for r := range (storetest.Gen{Seed: 4, Docs: 120}).Results() {
		rs = append(rs, r)
	}
	fresh, err := Open(filepath.Join(t.TempDir(), "fresh.db"), Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	storetest.Load(t, fresh, rs, 30)
	want := storetest.Dump(t, fresh)
	latest, _ := fresh.Stats(context.Background())

	for v := 1; v < latest.SchemaVersion; v++ {
		path := filepath.Join(t.TempDir(), "old.db")
		old, err := Open(path, Options{Create: true, schema: v})
		if err != nil {
			t.Fatal(err)
		}
		var got int
		if old.db.QueryRow("PRAGMA user_version").Scan(&got); got != v {
			t.Fatalf("store made at version %d reports %d", v, got)
		}
		// Data written by an older dyad: the writer's statements work on every version.
		storetest.Load(t, old, rs, 30)
		old.Close()
		up, err := Open(path, Options{})
		if err != nil {
			t.Fatalf("upgrading from version %d: %v", v, err)
		}
		st, _ := up.Stats(context.Background())
		dump := storetest.Dump(t, up)
		checkRollup(t, up) // backfilled by migration 0005
		up.Close()
		if st.SchemaVersion != latest.SchemaVersion || dump != want {
			t.Errorf("store upgraded from version %d (now %d) differs from a fresh one", v, st.SchemaVersion)
		}
	}
}

// TestNewerSchema refuses a store written by a newer dyad instead of
// writing into a schema it does not know.
func TestNewerSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.db")
	s, err := Open(path, Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec("PRAGMA user_version = 99"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, err = Open(path, Options{})
	if dyad.ErrorKind(err) != dyad.EINVALID || err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "newer") {
		t.Fatalf("Open of a newer store: %v", err)
	}
}
