package sqlite_test

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/sqlite"
	"github.com/dyadproject/dyad/storetest"
)

func openTemp(t *testing.T) dyad.EventStore {
	t.Helper()
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "dyad.db"), sqlite.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func TestConformance(t *testing.T) {
	storetest.Run(t, openTemp)
}

func TestReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dyad.db")
	db, err := sqlite.Open(path, sqlite.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	var rs []*dyad.Result
	for r := range (storetest.Gen{Seed: 1, Docs: 30}).Results() {
		rs = append(rs, r)
	}
	storetest.Load(t, db, rs, 8)
	before, _ := db.Stats(context.Background())
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db, err = sqlite.Open(path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	after, _ := db.Stats(context.Background())
	if after != before || after.SchemaVersion < 1 || after.Events == 0 {
		t.Fatalf("after reopening: %+v, before %+v", after, before)
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	// A real store whose pages are then overwritten with garbage.
	damaged := filepath.Join(dir, "damaged.db")
	db, err := sqlite.Open(damaged, sqlite.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	b, _ := os.ReadFile(damaged)
	for i := 100; i < len(b); i++ {
		b[i] = byte(i * 7)
	}
	os.WriteFile(damaged, b, 0o644)

	other := filepath.Join(dir, "other.db")
	raw, err := sql.Open("sqlite", other)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec("CREATE TABLE t(x)"); err != nil {
		t.Fatal(err)
	}
	raw.Close()

	cases := []struct {
		name, path string
		create     bool
		kind       string
		msg        string
	}{
		{"missing", filepath.Join(dir, "absent.db"), false, dyad.ENOTFOUND, "no such store"},
		{"text file", write("notes.db", []byte(strings.Repeat("this is not a database\n", 200))), true, dyad.EINVALID, "corrupt or not a database"},
		{"truncated header", write("short.db", []byte("SQLite format 3\x00\x10\x00")), true, dyad.EINVALID, ""},
		{"damaged pages", damaged, false, dyad.EINVALID, ""},
		{"other application", other, true, dyad.EINVALID, "not a dyad store"},
		{"directory", dir, true, dyad.EINVALID, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			db, err := sqlite.Open(c.path, sqlite.Options{Create: c.create})
			if err == nil {
				db.Close()
				t.Fatalf("Open(%s) succeeded", c.path)
			}
			if !strings.Contains(err.Error(), c.path) {
				t.Errorf("error does not name the file: %v", err)
			}
			if dyad.ErrorKind(err) != c.kind || !strings.Contains(err.Error(), c.msg) {
				t.Errorf("error %q (kind %s), want kind %s containing %q", err, dyad.ErrorKind(err), c.kind, c.msg)
			}
		})
	}
}

// TestLocked holds the write lock from another connection, as a second
// "dyad ingest" on the same file would, and expects a clear conflict error.
func TestLocked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dyad.db")
	db, err := sqlite.Open(path, sqlite.Options{Create: true, BusyTimeout: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	other, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	conn, err := other.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(context.Background(), "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	_, err = db.BeginRun(context.Background(), dyad.Run{})
	if err == nil || dyad.ErrorKind(err) != dyad.ECONFLICT || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "locked") {
		t.Fatalf("write under another writer's lock: %v (kind %s), want a conflict naming %s", err, dyad.ErrorKind(err), path)
	}
	// Reads still work while another process writes (WAL).
	if _, err := db.Stats(context.Background()); err != nil {
		t.Errorf("read under lock: %v", err)
	}
	conn.ExecContext(context.Background(), "ROLLBACK")
	if _, err := db.BeginRun(context.Background(), dyad.Run{}); err != nil {
		t.Errorf("write after the lock is released: %v", err)
	}
}

// TestBadDocumentKept stores a batch where one document cannot be stored
// (two sentences with one index): it becomes a reject, the others are stored.
func TestBadDocumentKept(t *testing.T) {
	db := openTemp(t)
	defer db.Close()
	ctx := context.Background()
	var rs []*dyad.Result
	for r := range (storetest.Gen{Seed: 3, Docs: 3}).Results() {
		rs = append(rs, r)
	}
	bad := rs[1].Doc
	bad.Sentences = append(bad.Sentences, bad.Sentences[0])
	run, _ := db.BeginRun(ctx, dyad.Run{})
	n, err := db.PutResults(ctx, run, rs)
	if err != nil || n != 3 {
		t.Fatalf("PutResults: %d, %v", n, err)
	}
	d, err := db.Document(ctx, bad.ID)
	if err != nil || d.Reject == nil || !strings.HasPrefix(d.Reject.Reason, "store: ") || len(d.Mentions) != 0 {
		t.Fatalf("bad document: %+v, %v", d, err)
	}
	st, _ := db.Stats(ctx)
	if st.Documents != 2 || st.Rejected != 1 || st.Sentences != len(rs[0].Doc.Sentences)+len(rs[2].Doc.Sentences) {
		t.Errorf("Stats: %+v", st)
	}
}
