package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/benchtest"
	"github.com/dyadproject/dyad/sqlite"
	"github.com/dyadproject/dyad/storetest"
)

// BenchmarkInsert stores a generated corpus of 5,000 documents into a new
// store per iteration, in batches of 256 documents.
func BenchmarkInsert(b *testing.B) {
	var rs []*dyad.Result
	mentions := 0
	for r := range (storetest.Gen{Seed: 11, Docs: 5000}).Results() {
		rs = append(rs, r)
		mentions += len(r.Events)
	}
	ctx := context.Background()
	b.ResetTimer()
	var cpu time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		db, err := sqlite.Open(filepath.Join(b.TempDir(), "dyad.db"), sqlite.Options{Create: true})
		if err != nil {
			b.Fatal(err)
		}
		run, _ := db.BeginRun(ctx, dyad.Run{})
		c0 := benchtest.CPUTime()
		b.StartTimer()
		for j := 0; j < len(rs); j += 256 {
			if _, err := db.PutResults(ctx, run, rs[j:min(j+256, len(rs))]); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		cpu += benchtest.CPUTime() - c0
		db.Close()
		b.StartTimer()
	}
	sec := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(len(rs))/sec, "docs/s")
	b.ReportMetric(float64(mentions)/sec, "mentions/s")
	b.ReportMetric(float64(mentions*b.N)/cpu.Seconds(), "mentions/cpu-s")
}

// bigEvents is the size of the generated store the query benchmarks use.
const bigEvents = 1_000_000

var big struct {
	once sync.Once
	db   *sqlite.DB
	err  error
	size int64
	n    int
}

// bigStore returns a store of about a million events ($DYAD_BENCH_EVENTS),
// generated once into $DYAD_BENCH_DB (default: dyad-bench-1m.db in the temp
// directory) and reused by later runs.
func bigStore(b *testing.B) *sqlite.DB {
	big.once.Do(func() {
		path := os.Getenv("DYAD_BENCH_DB")
		if path == "" {
			path = filepath.Join(os.TempDir(), "dyad-bench-1m.db")
		}
		ctx := context.Background()
		db, err := sqlite.Open(path, sqlite.Options{Create: true})
		if err != nil {
			big.err = err
			return
		}
		st, _ := db.Stats(ctx)
		want := bigEvents
		if n, err := strconv.Atoi(os.Getenv("DYAD_BENCH_EVENTS")); err == nil {
			want = n // e.g. 1 to measure a store as it is
		}
		if st.Events < want {
			start := time.Now()
			run, _ := db.BeginRun(ctx, dyad.Run{Inputs: []string{"generated"}})
			var batch []*dyad.Result
			n, batches := st.Events, 0
			for r := range (storetest.Gen{Seed: 99, Docs: 1 << 30, Cluster: 4}).Results() {
				if has, _ := db.HasDocument(ctx, r.Doc.ID); has {
					continue
				}
				batch = append(batch, r)
				if len(batch) == 512 {
					if _, err := db.PutResults(ctx, run, batch); err != nil {
						big.err = err
						return
					}
					batch = batch[:0]
					if batches++; batches%40 == 0 {
						if st, _ = db.Stats(ctx); st.Events >= want {
							break
						}
					}
				}
			}
			b.Logf("generated %d events in %v", st.Events-n, time.Since(start))
		}
		st, _ = db.Stats(ctx)
		db.Close()
		var size int64
		for _, suf := range []string{"", "-wal"} {
			if fi, err := os.Stat(path + suf); err == nil {
				size += fi.Size()
			}
		}
		big.db, big.err = sqlite.Open(path, sqlite.Options{})
		big.size, big.n = size, st.Events
		b.Logf("store %s: %+v, %d bytes", path, st, size)
	})
	if big.err != nil {
		b.Fatal(big.err)
	}
	return big.db
}

func BenchmarkStoreSize(b *testing.B) {
	bigStore(b)
	for i := 0; i < b.N; i++ {
	}
	b.ReportMetric(float64(big.size)/float64(big.n)*1e6/(1<<20), "MiB/Mevents")
	b.ReportMetric(float64(big.n), "events")
}

func benchTrend(b *testing.B, q dyad.TrendQuery) { storetest.BenchTrend(b, bigStore(b), q) }

func BenchmarkTrendDyadMonthly(b *testing.B) {
	benchTrend(b, dyad.TrendQuery{Filter: dyad.EventFilter{Source: "CHN", Target: "IRN"}, Interval: dyad.IntervalMonth})
}

func BenchmarkTrendActorMonthlyByQuad(b *testing.B) {
	benchTrend(b, dyad.TrendQuery{Filter: dyad.EventFilter{Actor: "IRN"}, Interval: dyad.IntervalMonth, Split: dyad.SplitQuad})
}

func benchQuery(b *testing.B, f dyad.EventFilter) { storetest.BenchEvents(b, bigStore(b), f) }

func BenchmarkQueryDyadSince(b *testing.B) {
	benchQuery(b, dyad.EventFilter{Source: "CHNMIL", Target: "IRN", Since: time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC), Limit: 100})
}

func BenchmarkQueryTargetRoot(b *testing.B) {
	benchQuery(b, dyad.EventFilter{Target: "IRN", Root: "19", Limit: 100})
}

func BenchmarkQueryText(b *testing.B) {
	benchQuery(b, dyad.EventFilter{Actor: "CHN", Text: "Tehran missile", Limit: 100})
}

func BenchmarkQueryTopic(b *testing.B) {
	benchQuery(b, dyad.EventFilter{Topic: "ARMS", Target: "ISR", Limit: 100})
}

// BenchmarkTopDyads is the dashboard's "top dyads of a year" over the big store.
func BenchmarkTopDyads(b *testing.B) {
	db := bigStore(b)
	ctx := context.Background()
	since, until := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2020, 12, 31, 0, 0, 0, 0, time.UTC)
	b.ResetTimer()
	cpu := benchtest.CPUTime()
	for i := 0; i < b.N; i++ {
		ds, err := db.TopDyads(ctx, since, until, 10)
		if err != nil || len(ds) != 10 {
			b.Fatal(len(ds), err)
		}
	}
	storetest.ReportTimes(b, cpu)
}

// BenchmarkStats counts the big store's rows, as the dashboard's header does.
func BenchmarkStats(b *testing.B) {
	db := bigStore(b)
	ctx := context.Background()
	b.ResetTimer()
	cpu := benchtest.CPUTime()
	for i := 0; i < b.N; i++ {
		if st, err := db.Stats(ctx); err != nil || st.Events == 0 {
			b.Fatal(err)
		}
	}
	storetest.ReportTimes(b, cpu)
}
