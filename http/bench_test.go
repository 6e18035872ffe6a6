package http

import (
	"context"
	"flag"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/sqlite"
)

var (
	benchEvents = flag.Int("bench.events", 20000, "events in the generated store of the benchmarks")
	benchDB     = flag.String("bench.db", "", "store file for the benchmarks: reused when it exists, else generated there (default: a temporary file)")
)

// benchStore opens the benchmark store, generating it when needed.
func benchStore(b *testing.B) *sqlite.DB {
	b.Helper()
	path := *benchDB
	if path == "" {
		path = filepath.Join(b.TempDir(), "bench.db")
	}
	if _, err := os.Stat(path); err == nil {
		db, err := sqlite.Open(path, sqlite.Options{})
		if err != nil {
			b.Fatal(err)
		}
		return db
	}
	start := time.Now()
	db := genStore(b, path, *benchEvents)
	st, err := db.Stats(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("generated %s: %d events, %d documents in %v", path, st.Events, st.Documents, time.Since(start).Round(time.Second))
	return db
}

// BenchmarkAPI times each view of the dashboard against the generated store:
// the API answers the dashboard asks for, end to end through the handler.
func BenchmarkAPI(b *testing.B) {
	db := benchStore(b)
	defer db.Close()
	s := New(db, quietLogger())
	ctx := context.Background()
	evs, _, err := db.Events(ctx, eventsFilter("USA", "RUS"))
	if err != nil || len(evs) == 0 {
		b.Fatalf("no USA→RUS events to look at: %v", err)
	}
	ev, doc := evs[0].ID, evs[0].Mention.Doc
	for _, bc := range []struct{ name, path string }{
		{"healthz", "/healthz"},
		{"stats", "/api/stats"},
		{"events/newest", "/api/events?limit=1"},
		{"events/all", "/api/events?limit=50"},
		{"events/dyad", "/api/events?source=CHN&target=IRN&limit=50"},
		{"events/dyad-month", "/api/events?source=CHN&target=IRN&since=2024-12-01&until=2024-12-31&limit=50"},
		{"events/dyad-month-quad", "/api/events?source=CHN&target=IRN&since=2019-05-01&until=2019-05-31&quad=4&limit=50"},
		{"events/text", "/api/events?text=air+strikes&limit=50"},
		{"event", "/api/events/" + strconv.FormatInt(ev, 10)},
		{"trend/dyad-quad", "/api/trend?source=CHN&target=IRN&split=quad"},
		{"trend/dyad-root", "/api/trend?source=USA&target=RUS&split=root"},
		{"trend/actor", "/api/trend?actor=IRN"},
		{"trend/all-quad", "/api/trend?split=quad"},
		{"actors/type-ahead", "/api/actors?q=ir"},
		{"actors/type-ahead-1", "/api/actors?q=i"},
		{"actors/name", "/api/actors?q=iran"},
		{"actor-page", "/api/actors/IRN"},
		{"dyads/top-all", "/api/dyads/top?limit=25"},
		{"dyads/top-year", "/api/dyads/top?since=2020-01-01&until=2020-12-31&limit=25"},
		{"document", "/api/documents/" + doc},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				rec := httptest.NewRecorder()
				s.ServeHTTP(rec, httptest.NewRequest("GET", bc.path, nil))
				if rec.Code != 200 {
					b.Fatalf("%s: %d %s", bc.path, rec.Code, rec.Body)
				}
			}
			b.ReportMetric(float64(b.Elapsed())/1e6/float64(b.N), "ms/req")
		})
	}
}

func eventsFilter(source, target string) dyad.EventFilter {
	return dyad.EventFilter{Source: source, Target: target, Limit: 1}
}
