package postgres_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/benchtest"
	"github.com/dyadproject/dyad/postgres"
	"github.com/dyadproject/dyad/storetest"
)

// BenchmarkInsert stores a generated corpus of 5,000 documents into a new
// schema per iteration, in batches of 256 documents (the SQLite store's
// BenchmarkInsert, for comparison).
func BenchmarkInsert(b *testing.B) {
	var rs []*dyad.Result
	mentions := 0
	for r := range (storetest.Gen{Seed: 11, Docs: 5000}).Results() {
		rs = append(rs, r)
		mentions += len(r.Events)
	}
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		db := openTemp(b)
		run, _ := db.BeginRun(ctx, dyad.Run{})
		b.StartTimer()
		for j := 0; j < len(rs); j += 256 {
			if _, err := db.PutResults(ctx, run, rs[j:min(j+256, len(rs))]); err != nil {
				b.Fatal(err)
			}
		}
	}
	sec := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(len(rs))/sec, "docs/s")
	b.ReportMetric(float64(mentions)/sec, "mentions/s")
}

// BenchmarkInsertConcurrent stores the same corpus from four writers at
// once, in batches of 64 dealt round robin (as four queue workers would):
// writers wait for each other on the rows they share (events of one story,
// rollup rows of one month), which BenchmarkInsert does not show.
func BenchmarkInsertConcurrent(b *testing.B) {
	var rs []*dyad.Result
	mentions := 0
	for r := range (storetest.Gen{Seed: 11, Docs: 5000, Days: 60}).Results() {
		rs = append(rs, r)
		mentions += len(r.Events)
	}
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		db := openTemp(b)
		run, _ := db.BeginRun(ctx, dyad.Run{})
		b.StartTimer()
		var wg sync.WaitGroup
		for g := range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for j := g * 64; j < len(rs); j += 4 * 64 {
					if _, err := db.PutResults(ctx, run, rs[j:min(j+64, len(rs))]); err != nil {
						b.Error(err)
						return
					}
				}
			}()
		}
		wg.Wait()
	}
	sec := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(len(rs))/sec, "docs/s")
	b.ReportMetric(float64(mentions)/sec, "mentions/s")
}

// bigSchema holds the generated store of about a million events the query
// benchmarks use; it is made once and kept between runs (drop it with
// DROP SCHEMA dyad_bench_1m CASCADE).
const (
	bigSchema = "dyad_bench_1m"
	bigEvents = 1_000_000
)

var big struct {
	once sync.Once
	db   *postgres.DB
	err  error
	n    int
	size int64
}

// bigStore returns the million-event store, generating what is missing with
// four concurrent writers (the same generator and seed as the SQLite
// benchmarks, so the two stores hold the same events).
func bigStore(b *testing.B) *postgres.DB {
	big.once.Do(func() {
		url := testURL(b)
		ctx := context.Background()
		db, err := postgres.Open(ctx, url, postgres.Options{Schema: bigSchema})
		if err != nil {
			big.err = err
			return
		}
		st, _ := db.Stats(ctx)
		if st.Events < bigEvents {
			start := time.Now()
			run, _ := db.BeginRun(ctx, dyad.Run{Inputs: []string{"generated"}})
			batches := make(chan []*dyad.Result, 4)
			var wg sync.WaitGroup
			var mu sync.Mutex
			for range 4 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for batch := range batches {
						if _, err := db.PutResults(ctx, run, batch); err != nil {
							mu.Lock()
							big.err = err
							mu.Unlock()
						}
					}
				}()
			}
			var batch []*dyad.Result
			n := 0
			for r := range (storetest.Gen{Seed: 99, Docs: 1 << 30, Cluster: 4}).Results() {
				batch = append(batch, r)
				if len(batch) == 1024 {
					batches <- batch
					batch = nil
					if n++; n%20 == 0 {
						if st, _ = db.Stats(ctx); st.Events >= bigEvents {
							break
						}
					}
				}
			}
			close(batches)
			wg.Wait()
			if big.err != nil {
				return
			}
			if err := db.Analyze(ctx); err != nil {
				b.Logf("analyze: %v", err)
			}
			b.Logf("generated %d events in %v", st.Events, time.Since(start))
		}
		st, _ = db.Stats(ctx)
		big.db, big.n = db, st.Events
		big.size, _ = db.Size(ctx)
		b.Logf("store %s: %+v, %d bytes", bigSchema, st, big.size)
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

// The dashboard's views, as BenchmarkAPI of package http times them on SQLite.

// BenchmarkTrendAllMonthlyByRoot is the whole store's trend, split by root code.
func BenchmarkTrendAllMonthlyByRoot(b *testing.B) {
	benchTrend(b, dyad.TrendQuery{Interval: dyad.IntervalMonth, Split: dyad.SplitRoot})
}

// BenchmarkTrendDyadMonthlyByQuad is the explorer's chart of a dyad.
func BenchmarkTrendDyadMonthlyByQuad(b *testing.B) {
	benchTrend(b, dyad.TrendQuery{Filter: dyad.EventFilter{Source: "CHN", Target: "IRN"}, Interval: dyad.IntervalMonth, Split: dyad.SplitQuad})
}

// BenchmarkTrendActorPartial is an actor's trend over dates that end inside
// months (the rollups read whole months, the events the days at either end).
func BenchmarkTrendActorPartial(b *testing.B) {
	benchTrend(b, dyad.TrendQuery{Filter: dyad.EventFilter{Actor: "IRN",
		Since: time.Date(2016, 3, 17, 0, 0, 0, 0, time.UTC), Until: time.Date(2019, 8, 11, 0, 0, 0, 0, time.UTC)}, Interval: dyad.IntervalMonth})
}

func benchTopDyads(b *testing.B, since, until time.Time) {
	db := bigStore(b)
	ctx := context.Background()
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

// BenchmarkTopDyadsYear is the dashboard's "top dyads of a year".
func BenchmarkTopDyadsYear(b *testing.B) {
	benchTopDyads(b, time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2020, 12, 31, 0, 0, 0, 0, time.UTC))
}

// BenchmarkTopDyadsAll is the top dyads of all time.
func BenchmarkTopDyadsAll(b *testing.B) { benchTopDyads(b, time.Time{}, time.Time{}) }

// BenchmarkStats is the dashboard's header.
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

// BenchmarkActors is the actor search box.
func BenchmarkActors(b *testing.B) {
	db := bigStore(b)
	ctx := context.Background()
	b.ResetTimer()
	cpu := benchtest.CPUTime()
	for i := 0; i < b.N; i++ {
		if as, err := db.Actors(ctx, "ir", 20); err != nil || len(as) == 0 {
			b.Fatal(len(as), err)
		}
	}
	storetest.ReportTimes(b, cpu)
}

// BenchmarkCountDyadsSource ranks the partners of one country as source
// over a year and a half, as the dashboard's actor page does.
func BenchmarkCountDyadsSource(b *testing.B) {
	db := bigStore(b)
	ctx := context.Background()
	f := dyad.EventFilter{Source: "IRN", Since: time.Date(2018, 7, 1, 0, 0, 0, 0, time.UTC), Until: time.Date(2019, 12, 31, 0, 0, 0, 0, time.UTC)}
	b.ResetTimer()
	cpu := benchtest.CPUTime()
	for i := 0; i < b.N; i++ {
		if ds, err := db.CountDyads(ctx, f, 200); err != nil || len(ds) == 0 {
			b.Fatal(len(ds), err)
		}
	}
	storetest.ReportTimes(b, cpu)
}
