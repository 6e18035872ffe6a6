package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/postgres"
	"github.com/dyadproject/dyad/storetest"
)

// TestEnqueueStoriesAcrossDays feeds a story and, on a later day, its
// republished copy through "dyad enqueue" and "dyad worker" (a real NATS
// server, a real store: SQLite, and PostgreSQL when DYAD_TEST_POSTGRES is
// set): the copy joins the story stored the day before and its events
// dated by the document count once, so the store equals one made by two
// "dyad ingest" runs of the same days. Without --db, enqueue cannot see
// the earlier day and the copy is a story of its own.
func TestEnqueueStoriesAcrossDays(t *testing.T) {
	if testing.Short() {
		t.Skip("runs workers until the queue is idle")
	}
	b, err := os.ReadFile("../../ingest/testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	story := strings.Join(strings.Split(strings.TrimSpace(string(b)), "\n")[:8], " ")
	dir := t.TempDir()
	day := func(name string, recs ...map[string]string) string {
		var lines []string
		for _, r := range recs {
			b, _ := json.Marshal(r)
			lines = append(lines, string(b))
		}
		path := filepath.Join(dir, name+".jsonl")
		if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	day1 := day("day1", map[string]string{"id": "first", "date": "2020-05-04", "source": "Agency", "text": story})
	day2 := day("day2", map[string]string{"id": "copy", "date": "2020-05-05", "source": "Wire", "text": "(Wire) " + story + " Reporting by the wire desk."},
		map[string]string{"id": "late", "date": "2020-06-08", "source": "Late", "text": story})

	want := filepath.Join(t.TempDir(), "ingest.db")
	for _, in := range []string{day1, day2} {
		if code, out, errs := dyadRun(t, "ingest", "--db", want, in); code != 0 {
			t.Fatalf("reference ingest %s: exit %d\n%s%s", in, code, out, errs)
		}
	}
	wantDump := dump(t, want)

	// A NATS server per store fed: JetStream drops a document id it saw
	// in the last ten minutes.
	var natsURL string
	newQueue := func(t *testing.T) {
		ns := startNATS(t, t.TempDir(), -1)
		t.Cleanup(ns.Shutdown)
		natsURL = ns.ClientURL()
	}
	feed := func(db string, withDB bool, in string) {
		t.Helper()
		args := []string{"enqueue", "--nats", natsURL, in}
		if withDB {
			args = append(args[:3], append([]string{"--db", db}, args[3:]...)...)
		}
		if code, out, errs := dyadRun(t, args...); code != 0 {
			t.Fatalf("dyad %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errs)
		}
		if code, out, errs := dyadRun(t, "worker", "--nats", natsURL, "--db", db, "--workers", "2", "--exit-when-idle", "1s"); code != 0 {
			t.Fatalf("dyad worker: exit %d\n%s%s", code, out, errs)
		}
	}

	stores := map[string]func(t *testing.T) (string, dyad.EventStore){
		"sqlite": func(t *testing.T) (string, dyad.EventStore) {
			path := filepath.Join(t.TempDir(), "queue.db")
			db, err := openDB(context.Background(), path, true)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { db.Close() })
			return path, db
		},
	}
	if url := os.Getenv("DYAD_TEST_POSTGRES"); url != "" {
		stores["postgres"] = func(t *testing.T) (string, dyad.EventStore) {
			schema := fmt.Sprintf("tenq%d_%d", os.Getpid(), time.Now().UnixNano()%1e9)
			db, err := postgres.Open(context.Background(), url, postgres.Options{Schema: schema})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() {
				db.Close()
				postgres.DropSchema(context.Background(), url, schema)
			})
			sep := "?"
			if strings.Contains(url, "?") {
				sep = "&"
			}
			return url + sep + "search_path=" + schema, db
		}
	}
	for name, open := range stores {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			db, store := open(t)
			newQueue(t)
			feed(db, true, day1)
			feed(db, true, day2)
			cluster := func(id string) string {
				t.Helper()
				d, err := store.Document(ctx, id)
				if err != nil {
					t.Fatal(err)
				}
				return d.Cluster
			}
			if got := cluster("copy"); got != "first" {
				t.Errorf("next-day copy through the queue: cluster %q, want first", got)
			}
			if got := cluster("late"); got == "first" {
				t.Errorf("copy five weeks later joined the story; want a story of its own")
			}
			joined := 0
			evs, _, err := store.Events(ctx, dyad.EventFilter{Limit: dyad.MaxLimit})
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range evs {
				if e.Cluster == "first" && e.DatePrecision == dyad.PrecisionDocument {
					joined++
					if e.NumArticles != 2 || e.Date.Format(dyad.DateLayout) != "2020-05-04" {
						t.Errorf("event %s>%s %s of the joined story: %d articles on %s, want 2 on 2020-05-04",
							e.Source, e.Target, e.Code, e.NumArticles, e.Date.Format(dyad.DateLayout))
					}
				}
			}
			if joined == 0 {
				t.Fatal("the story coded no document-dated events: the test shows nothing")
			}
			if got := storetest.Dump(t, store); got != wantDump {
				t.Errorf("store fed day by day through the queue differs from two ingest runs:\n%s", firstDiff(got, wantDump))
			}

			// Without --db the second day's enqueue knows nothing of the first.
			db2, store2 := open(t)
			newQueue(t)
			feed(db2, false, day1)
			feed(db2, false, day2)
			d, err := store2.Document(ctx, "copy")
			if err != nil {
				t.Fatal(err)
			}
			if d.Cluster == "first" {
				t.Errorf("without --db the copy joined the first day's story: the test cannot tell")
			}
		})
	}
}
