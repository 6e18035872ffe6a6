package postgres_test

import (
	"context"
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/postgres"
	"github.com/dyadproject/dyad/storetest"
)

// testURL is the database the tests use: $DYAD_TEST_POSTGRES (.ci/postgres.sh
// sets it up). Without it the tests skip, unless $CI is set: CI must not pass
// by skipping.
func testURL(t testing.TB) string {
	t.Helper()
	url := os.Getenv("DYAD_TEST_POSTGRES")
	if url == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("CI is set but DYAD_TEST_POSTGRES is not: run .ci/postgres.sh")
		}
		t.Skip("DYAD_TEST_POSTGRES not set (see .ci/postgres.sh)")
	}
	return url
}

var schemas atomic.Int64

// openTemp opens a store in a new schema of the test database, dropped when
// the test ends, so tests run in parallel without seeing each other.
func openTemp(t testing.TB) *postgres.DB {
	t.Helper()
	url := testURL(t)
	schema := fmt.Sprintf("t%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e9, schemas.Add(1))
	db, err := postgres.Open(context.Background(), url, postgres.Options{Schema: schema})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		db.Close()
		if err := postgres.DropSchema(context.Background(), url, schema); err != nil {
			t.Logf("drop schema %s: %v", schema, err)
		}
	})
	return db
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) dyad.EventStore { return openTemp(t) })
}

// TestConcurrentWriters stores one corpus from four goroutines at
// once, in overlapping batches (every document is offered three times):
// the store must hold each document, mention and count exactly once.
func TestConcurrentWriters(t *testing.T) {
	db := openTemp(t)
	ref := openTemp(t)
	var rs []*dyad.Result
	for r := range (storetest.Gen{Seed: 5, Docs: 150, Cluster: 5}).Results() {
		rs = append(rs, r)
	}
	storetest.Load(t, ref, rs, 300)
	ctx := context.Background()
	run, _ := db.BeginRun(ctx, dyad.Run{})
	var wg sync.WaitGroup
	var stored atomic.Int64
	errs := make(chan error, 8)
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := g * 3 % 10; i < len(rs); i += 10 {
				n, err := db.PutResults(ctx, run, rs[i:min(i+30, len(rs))])
				if err != nil {
					errs <- err
					return
				}
				stored.Add(int64(n))
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	if stored.Load() != int64(len(rs)) {
		t.Errorf("PutResults reported %d documents stored in all, want %d", stored.Load(), len(rs))
	}
	if got, want := storetest.Dump(t, db), storetest.Dump(t, ref); got != want {
		t.Errorf("concurrent writers built another store than one writer:\n%s", diff(got, want))
	}
}

// TestRefusedData stores a document holding a NUL byte, which PostgreSQL
// text cannot hold, among good ones: the good ones are stored as coded, the
// bad one as rejected with the database's reason.
func TestRefusedData(t *testing.T) {
	db := openTemp(t)
	var rs []*dyad.Result
	for r := range (storetest.Gen{Seed: 3, Docs: 6}).Results() {
		rs = append(rs, r)
	}
	bad := *rs[2].Doc
	bad.Text = "nul \x00 byte " + bad.Text
	rs[2] = &dyad.Result{Doc: &bad, Events: rs[2].Events}
	ctx := context.Background()
	run, _ := db.BeginRun(ctx, dyad.Run{})
	n, err := db.PutResults(ctx, run, rs)
	if err != nil || n != len(rs) {
		t.Fatalf("PutResults: %d, %v; want %d", n, err, len(rs))
	}
	st, _ := db.Stats(ctx)
	if st.Documents != len(rs)-1 || st.Rejected != 1 {
		t.Errorf("stats %+v: want %d coded, 1 rejected", st, len(rs)-1)
	}
	d, err := db.Document(ctx, bad.ID)
	if err != nil || d.Reject == nil || d.Reject.Kind != "rejected" || len(d.Reject.Reason) < 7 || d.Reject.Reason[:7] != "store: " {
		t.Errorf("Document(bad): %+v, %v", d, err)
	}
}

func TestReopenAndConcurrentMigrations(t *testing.T) {
	url := testURL(t)
	schema := fmt.Sprintf("tm%d_%d", os.Getpid(), time.Now().UnixNano()%1e9)
	defer postgres.DropSchema(context.Background(), url, schema)
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			db, err := postgres.Open(context.Background(), url, postgres.Options{Schema: schema})
			if err != nil {
				errs <- err
				return
			}
			db.Close()
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("concurrent Open: %v", err)
	}
	db, err := postgres.Open(context.Background(), url, postgres.Options{Schema: schema})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	st, err := db.Stats(context.Background())
	if err != nil || st.SchemaVersion != 5 || st.Runs != 0 {
		t.Fatalf("Stats after concurrent migrations: %+v, %v", st, err)
	}
}

// TestSchemaInURL: a search_path in the URL names the store's schema, which
// Open makes when it is missing.
func TestSchemaInURL(t *testing.T) {
	url := testURL(t)
	schema := fmt.Sprintf("tu%d_%d", os.Getpid(), time.Now().UnixNano()%1e9)
	defer postgres.DropSchema(context.Background(), url, schema)
	sep := "?"
	if contains(url, "?") {
		sep = "&"
	}
	db, err := postgres.Open(context.Background(), url+sep+"search_path="+schema, postgres.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.BeginRun(context.Background(), dyad.Run{}); err != nil {
		t.Fatal(err)
	}
	if db.Name()[len(db.Name())-len(schema):] != schema {
		t.Errorf("Name() = %q, want it to end in the schema %s", db.Name(), schema)
	}
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	cases := []struct{ url, kind string }{
		{"postgres://nobody:wrong@127.0.0.1:1/x?sslmode=disable&connect_timeout=2", dyad.EINVALID},
		{"postgres://%zz", dyad.EINVALID},
	}
	for _, c := range cases {
		_, err := postgres.Open(ctx, c.url, postgres.Options{})
		if dyad.ErrorKind(err) != c.kind {
			t.Errorf("Open(%q): %v, want kind %s", c.url, err, c.kind)
		}
		if err != nil && contains(err.Error(), "wrong") {
			t.Errorf("Open(%q): error shows the password: %v", c.url, err)
		}
	}
	if _, err := postgres.Open(ctx, "postgres://x@127.0.0.1/x", postgres.Options{Schema: "Bad-Name"}); dyad.ErrorKind(err) != dyad.EINVALID {
		t.Errorf("bad schema name: %v", err)
	}
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}

// diff shows the first lines where two dumps differ.
func diff(a, b string) string {
	al, bl := lines(a), lines(b)
	out := ""
	for i := 0; i < max(len(al), len(bl)) && len(out) < 2000; i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			out += fmt.Sprintf("line %d:\n got  %s\n want %s\n", i, x, y)
		}
	}
	return out
}

func lines(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return out
}
