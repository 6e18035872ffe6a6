package postgres

import (
	"context"
	"fmt"
	"math"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/storetest"
)

// openSchema opens a store in a new schema of $DYAD_TEST_POSTGRES, dropped
// when the test ends.
func openSchema(t *testing.T) (*DB, string) {
	t.Helper()
	url := os.Getenv("DYAD_TEST_POSTGRES")
	if url == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("CI is set but DYAD_TEST_POSTGRES is not: run .ci/postgres.sh")
		}
		t.Skip("DYAD_TEST_POSTGRES not set (see .ci/postgres.sh)")
	}
	schema := fmt.Sprintf("tr%d_%d", os.Getpid(), time.Now().UnixNano()%1e9)
	db, err := Open(context.Background(), url, Options{Schema: schema})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		db.Close()
		DropSchema(context.Background(), url, schema)
	})
	return db, schema
}

// checkRollup compares the rollup tables and the counts with the rows they
// summarise.
func checkRollup(t *testing.T, s *DB) {
	t.Helper()
	ctx := context.Background()
	read := func(q string) map[string][3]float64 {
		rows, err := s.pool.Query(ctx, q)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		defer rows.Close()
		m := map[string][3]float64{}
		for rows.Next() {
			var k1, k2, k3 string
			var events, mentions int64
			var gold float64
			if err := rows.Scan(&k1, &k2, &k3, &events, &mentions, &gold); err != nil {
				t.Fatal(err)
			}
			m[k1+" "+k2+" "+k3] = [3]float64{float64(events), float64(mentions), gold}
		}
		return m
	}
	country := `(SELECT date_trunc('month', date)::date AS month, 's' AS side, left(source, 3) AS code3, root, quad, num_mentions, goldstein FROM events
		UNION ALL SELECT date_trunc('month', date)::date, 't', left(target, 3), root, quad, num_mentions, goldstein FROM events
		UNION ALL SELECT date_trunc('month', date)::date, 'a', left(source, 3), root, quad, num_mentions, goldstein FROM events
		UNION ALL SELECT date_trunc('month', date)::date, 'a', left(target, 3), root, quad, num_mentions, goldstein FROM events
			WHERE left(target, 3) <> left(source, 3)) e`
	for _, c := range []struct{ table, cols, keys, from string }{
		{"rollup", "month::text, source || '>' || target, root || '/' || quad", "date_trunc('month', date)::date::text, source || '>' || target, root || '/' || quad", "events"},
		{"rollup_month", "month::text, root, quad::text", "date_trunc('month', date)::date::text, root, quad::text", "events"},
		{"rollup_year", "year::text, source, target", "date_trunc('year', date)::date::text, source, target", "events"},
		{"rollup_country", "month::text, side || code3, root || '/' || quad", "month::text, side || code3, root || '/' || quad", country},
	} {
		from := c.table
		if c.table == "rollup_country" { // a row per side that has events
			from = `(SELECT month, 's' AS side, code3, root, quad, s_events AS events, s_mentions AS mentions, s_goldstein AS goldstein FROM rollup_country WHERE s_events > 0
				UNION ALL SELECT month, 't', code3, root, quad, t_events, t_mentions, t_goldstein FROM rollup_country WHERE t_events > 0
				UNION ALL SELECT month, 'a', code3, root, quad, a_events, a_mentions, a_goldstein FROM rollup_country WHERE a_events > 0) r`
		}
		got := read(`SELECT ` + c.cols + `, events, mentions, goldstein FROM ` + from)
		want := read(`SELECT ` + c.keys + `, count(*), sum(num_mentions)::bigint, sum(goldstein) FROM ` + c.from + ` GROUP BY 1, 2, 3`)
		if len(want) == 0 {
			t.Fatal("no events")
		}
		if len(got) != len(want) {
			t.Errorf("%s has %d rows, the events make %d", c.table, len(got), len(want))
		}
		for k, w := range want {
			g, ok := got[k]
			if !ok || g[0] != w[0] || g[1] != w[1] || math.Abs(g[2]-w[2]) > 1e-9 {
				t.Errorf("%s %s: %v, the events give %v", c.table, k, g, w)
			}
		}
	}
	counted := read(`SELECT name, '', '', sum(n)::bigint, 0::bigint, 0::float8 FROM counts GROUP BY name`)
	actual := read(`SELECT 'coded', '', '', count(*), 0::bigint, 0::float8 FROM documents WHERE status = 'coded'
		UNION ALL SELECT 'rejected', '', '', count(*), 0, 0 FROM documents WHERE status = 'rejected'
		UNION ALL SELECT 'sentences', '', '', count(*), 0, 0 FROM sentences
		UNION ALL SELECT 'events', '', '', count(*), 0, 0 FROM events
		UNION ALL SELECT 'mentions', '', '', count(*), 0, 0 FROM mentions
		UNION ALL SELECT 'rejects', '', '', count(*), 0, 0 FROM rejects`)
	for k, w := range actual {
		if counted[k][0] != w[0] {
			t.Errorf("counts %s = %v, the tables hold %v", k, counted[k][0], w[0])
		}
	}
}

// TestRollupWrites keeps the rollups and counts exact through every write
// path: four concurrent writers offering stories split across batches
// (events gain mentions from several transactions), a batch stored again,
// a batch redone document by document because the database refuses one
// document, and rejects of records.
func TestRollupWrites(t *testing.T) {
	s, _ := openSchema(t)
	var rs []*dyad.Result
	for r := range (storetest.Gen{Seed: 7, Docs: 200, Cluster: 4, Days: 90}).Results() {
		rs = append(rs, r)
	}
	ctx := context.Background()
	run, _ := s.BeginRun(ctx, dyad.Run{})
	half := rs[:len(rs)/2]
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := g; i < len(half); i += 4 { // batches of 3: clusters of 4 split across writers
				if _, err := s.PutResults(ctx, run, half[i:min(i+3, len(half))]); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	checkRollup(t, s)
	var grown int
	s.pool.QueryRow(ctx, `SELECT count(*) FROM events WHERE num_mentions > 1`).Scan(&grown)
	if grown == 0 {
		t.Fatal("no event has more than one mention: the test does not test growth")
	}
	if n, err := s.PutResults(ctx, run, half); err != nil || n != 0 {
		t.Fatalf("re-put stored %d, %v", n, err)
	}
	checkRollup(t, s)
	rest := append([]*dyad.Result{}, rs[len(rs)/2:]...)
	for i, r := range rest {
		if len(r.Events) > 0 {
			bad := *r.Doc
			bad.Title = "nul \x00 byte"
			rest[i] = &dyad.Result{Doc: &bad, Events: r.Events}
			break
		}
	}
	for _, rj := range []dyad.Reject{{Input: "x", Offset: 1, Reason: "bad"}, {Input: "x", Offset: 1, Reason: "bad"}, {Input: "x", Offset: 2, Reason: "bad"}} {
		if _, err := s.PutReject(ctx, run, rj); err != nil {
			t.Fatal(err)
		}
	}
	rest = append(rest, &dyad.Result{Reject: &dyad.Reject{Input: "y", Offset: 3, Reason: "bad"}})
	if _, err := s.PutResults(ctx, run, rest); err != nil {
		t.Fatal(err)
	}
	st, _ := s.Stats(ctx)
	if st.Rejected != 1 || st.Rejects != 4 {
		t.Fatalf("stats %+v: want the refused document rejected and 4 rejects", st)
	}
	checkRollup(t, s)
}

// TestRollupUpgrade: migrations 0004 and 0005 fill the rollups and counts
// of a store written before them.
func TestRollupUpgrade(t *testing.T) {
	s, _ := openSchema(t)
	var rs []*dyad.Result
	for r := range (storetest.Gen{Seed: 9, Docs: 120, Cluster: 3, Days: 200}).Results() {
		rs = append(rs, r)
	}
	storetest.Load(t, s, rs, 25)
	ctx := context.Background()
	// Back to schema 3: the tables gone, as before the migrations.
	if _, err := s.pool.Exec(ctx, `DROP TABLE rollup, rollup_month, rollup_year, rollup_country, counts;
		DELETE FROM dyad_schema WHERE version > 3`); err != nil {
		t.Fatal(err)
	}
	if err := s.migrate(ctx); err != nil {
		t.Fatal(err)
	}
	st, err := s.Stats(ctx)
	if err != nil || st.SchemaVersion != 5 || st.Events == 0 {
		t.Fatalf("after the upgrade: %+v, %v", st, err)
	}
	checkRollup(t, s)
}

// TestRollupAnswers compares answers from the rollups with the same
// questions answered from the events, for filters and date ranges that end
// inside a month, span one month or none, or whole years.
func TestRollupAnswers(t *testing.T) {
	s, _ := openSchema(t)
	var rs []*dyad.Result
	for r := range (storetest.Gen{Seed: 11, Docs: 300, Cluster: 3, Days: 400}).Results() {
		rs = append(rs, r)
	}
	storetest.Load(t, s, rs, 50)
	d := func(v string) time.Time { t, _ := time.Parse(dyad.DateLayout, v); return t }
	ranges := [][2]string{{"", ""}, {"2015-02-01", "2015-06-30"}, {"2015-02-13", "2015-06-17"}, {"2015-03-05", "2015-03-20"},
		{"2015-03-01", "2015-03-31"}, {"2015-03-05", "2015-04-30"}, {"", "2015-05-09"}, {"2015-07-28", ""}, {"2015-03-05", "2015-03-31"},
		{"2015-01-01", "2015-12-31"}, {"2016-01-01", ""}, {"", "2015-12-31"}, {"2015-01-01", "2016-01-31"}}
	filters := []dyad.EventFilter{{}, {Actor: "CHN"}, {Source: "irn"}, {Target: "USA", Quad: 2}, {Actor: "RUS", Root: "04"}, {Actor: "IRNGOV"},
		{Source: "USA", Target: "IR"}, {Source: "chn", Target: "IRNGOV"}, {Source: "CHNMIL", Target: "irn", Quad: 1}, {Target: "RUS", Root: "04"},
		{Quad: 4}, {Source: "chn", Quad: 1}}
	ctx := context.Background()
	used, rolledUp := 0, 0
	for _, r := range ranges {
		for _, f := range filters {
			f.Since, f.Until = d(r[0]), d(r[1])
			for _, iv := range []string{dyad.IntervalMonth, dyad.IntervalYear} {
				for _, split := range []string{dyad.SplitNone, dyad.SplitRoot, dyad.SplitQuad} {
					q := dyad.TrendQuery{Filter: f, Interval: iv, Split: split}
					var rq query
					if sql, _ := rollupTrend(q, &rq); sql != "" {
						rolledUp++
					}
					got, err := s.Trend(ctx, q)
					if err != nil {
						t.Fatal(err)
					}
					var eq query
					sql, err := eventTrend(q, periodExpr[iv], splitExpr[split], &eq)
					if err != nil {
						t.Fatal(err)
					}
					want := trendRows(t, s, sql, eq.args)
					if !sameTrend(got, want) {
						t.Errorf("Trend(%+v): rollup %v\nevents %v", q, got, want)
					}
					used += len(got)
				}
			}
			got, err := s.CountDyads(ctx, f, 8)
			if err != nil {
				t.Fatal(err)
			}
			var q query
			from, err := eventDyads(f, &q)
			if err != nil {
				t.Fatal(err)
			}
			want, err := s.dyadCounts(ctx, from, &q, 8)
			if err != nil {
				t.Fatal(err)
			}
			if !sameDyads(got, want) {
				t.Errorf("CountDyads(%+v): rollup %v, events %v", f, got, want)
			}
		}
	}
	if used == 0 || rolledUp != len(ranges)*len(filters)*6 {
		t.Fatalf("%d trend points, %d trends from the rollups: the test shows little", used, rolledUp)
	}
}

func trendRows(t *testing.T, s *DB, sql string, args []any) []dyad.TrendPoint {
	rows, err := s.pool.Query(context.Background(), sql, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []dyad.TrendPoint
	for rows.Next() {
		var p dyad.TrendPoint
		if err := rows.Scan(&p.Period, &p.Key, &p.Events, &p.Mentions, &p.Goldstein); err != nil {
			t.Fatal(err)
		}
		p.Period = dateOnly(p.Period)
		out = append(out, p)
	}
	return out
}

func sameTrend(a, b []dyad.TrendPoint) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !a[i].Period.Equal(b[i].Period) || a[i].Key != b[i].Key || a[i].Events != b[i].Events ||
			a[i].Mentions != b[i].Mentions || math.Abs(a[i].Goldstein-b[i].Goldstein) > 1e-9 {
			return false
		}
	}
	return true
}

func sameDyads(a, b []dyad.DyadCount) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Source != b[i].Source || a[i].Target != b[i].Target || a[i].Events != b[i].Events ||
			a[i].Mentions != b[i].Mentions || math.Abs(a[i].Goldstein-b[i].Goldstein) > 1e-9 {
			return false
		}
	}
	return true
}
