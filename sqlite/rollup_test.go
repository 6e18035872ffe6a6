package sqlite

import (
	"context"
	"fmt"
	"math"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/storetest"
)

// checkRollup compares the rollup tables with the events they summarise.
func checkRollup(t *testing.T, s *DB) {
	t.Helper()
	read := func(q string) map[string][3]float64 {
		rows, err := s.db.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		m := map[string][3]float64{}
		for rows.Next() {
			var k1, k2, k3 string
			var events, mentions int
			var gold float64
			if err := rows.Scan(&k1, &k2, &k3, &events, &mentions, &gold); err != nil {
				t.Fatal(err)
			}
			m[k1+" "+k2+" "+k3] = [3]float64{float64(events), float64(mentions), gold}
		}
		return m
	}
	country := `(SELECT substr(date, 1, 7) AS month, 's' AS side, substr(source, 1, 3) AS code3, root, quad, num_mentions, goldstein FROM events
		UNION ALL SELECT substr(date, 1, 7), 't', substr(target, 1, 3), root, quad, num_mentions, goldstein FROM events
		UNION ALL SELECT substr(date, 1, 7), 'a', substr(source, 1, 3), root, quad, num_mentions, goldstein FROM events
		UNION ALL SELECT substr(date, 1, 7), 'a', substr(target, 1, 3), root, quad, num_mentions, goldstein FROM events
			WHERE substr(target, 1, 3) <> substr(source, 1, 3))`
	for _, c := range []struct{ table, cols, keys, from string }{
		{"rollup", "month, source || '>' || target, root || '/' || quad", "substr(date, 1, 7), source || '>' || target, root || '/' || quad", "events"},
		{"rollup_month", "month, root, quad", "substr(date, 1, 7), root, quad", "events"},
		{"rollup_year", "year, source, target", "substr(date, 1, 4), source, target", "events"},
		{"rollup_country", "month, side || code3, root || '/' || quad", "month, side || code3, root || '/' || quad", country},
	} {
		got := read(`SELECT ` + c.cols + `, events, mentions, goldstein FROM ` + c.table)
		want := read(`SELECT ` + c.keys + `, count(*), sum(num_mentions), sum(goldstein) FROM ` + c.from + ` GROUP BY 1, 2, 3`)
		if len(want) == 0 {
			t.Fatal("no events")
		}
		if len(got) != len(want) {
			t.Errorf("%s has %d rows, events make %d", c.table, len(got), len(want))
		}
		for k, w := range want {
			g, ok := got[k]
			if !ok || g[0] != w[0] || g[1] != w[1] || math.Abs(g[2]-w[2]) > 1e-9 {
				t.Errorf("%s %s: %v, events give %v", c.table, k, g, w)
			}
		}
	}
}

// TestRollupWrites keeps the rollup exact through every write path: stories
// whose documents arrive in different batches (an event gains mentions, not
// events), a batch stored again, and a batch redone document by document
// because one of its documents cannot be stored.
func TestRollupWrites(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "r.db"), Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var rs []*dyad.Result
	for r := range (storetest.Gen{Seed: 7, Docs: 160, Cluster: 4, Days: 90}).Results() {
		rs = append(rs, r)
	}
	ctx := context.Background()
	run, _ := s.BeginRun(ctx, dyad.Run{})
	// Batches of 3 split the clusters of 4 across batches.
	for i := 0; i < len(rs)/2; i += 3 {
		if _, err := s.PutResults(ctx, run, rs[i:min(i+3, len(rs)/2)]); err != nil {
			t.Fatal(err)
		}
	}
	checkRollup(t, s)
	var grown int
	s.db.QueryRow(`SELECT count(*) FROM events WHERE num_mentions > 1`).Scan(&grown)
	if grown == 0 {
		t.Fatal("no event has more than one mention: the test does not test growth")
	}
	// Stored again: nothing changes.
	if n, err := s.PutResults(ctx, run, rs[:len(rs)/2]); err != nil || n != 0 {
		t.Fatalf("re-ingest stored %d, %v", n, err)
	}
	checkRollup(t, s)
	// A document with two sentences of one index fails; the batch is redone
	// with a savepoint per document and the others' events still count.
	rest := append([]*dyad.Result{}, rs[len(rs)/2:]...)
	for i, r := range rest {
		if len(r.Events) > 0 && len(r.Doc.Sentences) > 1 {
			bad := *r
			doc := *r.Doc
			doc.Sentences = append([]dyad.Sentence{}, doc.Sentences...)
			doc.Sentences[1].Index = doc.Sentences[0].Index
			bad.Doc = &doc
			rest[i] = &bad
			break
		}
	}
	if _, err := s.PutResults(ctx, run, rest); err != nil {
		t.Fatal(err)
	}
	var rejected int
	s.db.QueryRow(`SELECT count(*) FROM documents WHERE status = 'rejected'`).Scan(&rejected)
	if rejected != 1 {
		t.Fatalf("%d documents rejected, want the bad one", rejected)
	}
	checkRollup(t, s)
	// Deleting an event (no writer does) takes it out of the rollup.
	if _, err := s.db.Exec(`DELETE FROM event_topics; DELETE FROM mentions WHERE event_id = (SELECT min(id) FROM events);
		DELETE FROM events WHERE id = (SELECT min(id) FROM events)`); err != nil {
		t.Fatal(err)
	}
	checkRollup(t, s)
}

// TestRollupAnswers compares answers from the rollup with the same questions
// answered from the events, for filters and date ranges that end inside a
// month, span one month or none.
func TestRollupAnswers(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "a.db"), Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var rs []*dyad.Result
	for r := range (storetest.Gen{Seed: 11, Docs: 300, Cluster: 3, Days: 400}).Results() {
		rs = append(rs, r)
	}
	storetest.Load(t, s, rs, 50)
	d := func(v string) time.Time { t, _ := time.Parse(dyad.DateLayout, v); return t }
	ranges := [][2]string{{"", ""}, {"2015-02-01", "2015-06-30"}, {"2015-02-13", "2015-06-17"}, {"2015-03-05", "2015-03-20"},
		{"2015-03-01", "2015-03-31"}, {"2015-03-05", "2015-04-30"}, {"", "2015-05-09"}, {"2015-07-28", ""}, {"2015-03-05", "2015-03-31"},
		{"2015-01-01", "2015-12-31"}, {"2016-01-01", ""}, {"", "2015-12-31"}, {"2015-01-01", "2016-01-31"}}
	filters := []dyad.EventFilter{{}, {Actor: "CHN"}, {Source: "irn"}, {Target: "USA", Quad: 2}, {Actor: "RUS", Root: "04"}, {Actor: "IRNGOV"}, {Source: "USA", Target: "IR"}, {Source: "chn", Target: "IRNGOV"}, {Source: "CHNMIL", Target: "irn", Quad: 1}, {Target: "RUS", Root: "04"}, {Quad: 4}, {Source: "chn", Quad: 1}}
	ctx := context.Background()
	used := 0
	for _, r := range ranges {
		for _, f := range filters {
			f.Since, f.Until = d(r[0]), d(r[1])
			for _, iv := range []string{dyad.IntervalMonth, dyad.IntervalYear} {
				for _, split := range []string{dyad.SplitNone, dyad.SplitRoot, dyad.SplitQuad} {
					q := dyad.TrendQuery{Filter: f, Interval: iv, Split: split}
					got, err := s.Trend(ctx, q)
					if err != nil {
						t.Fatal(err)
					}
					query, args, err := eventTrend(q, periodExpr[iv], splitExpr[split])
					if err != nil {
						t.Fatal(err)
					}
					want := trendRows(t, s, query, args)
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
			f.Text = "zzzz" // not answered by the rollup: the events give the reference
			want, err := s.countFromEvents(ctx, f, 8)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(dyadKeys(got), dyadKeys(want)) {
				t.Errorf("CountDyads(%+v): rollup %v, events %v", f, got, want)
			}
		}
	}
	if used == 0 {
		t.Fatal("every trend was empty")
	}
}

// countFromEvents is CountDyads read from the events (f.Text is ignored).
func (s *DB) countFromEvents(ctx context.Context, f dyad.EventFilter, n int) ([]dyad.DyadCount, error) {
	f.Text = ""
	rows, args, err := candidates(f, "e.source AS source, e.target AS target, 1 AS events, e.num_mentions AS mentions, e.goldstein AS goldstein")
	if err != nil {
		return nil, err
	}
	return s.dyadCounts(ctx, rows, args, n)
}

func trendRows(t *testing.T, s *DB, query string, args []any) []dyad.TrendPoint {
	rows, err := s.db.Query(query, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []dyad.TrendPoint
	for rows.Next() {
		var p dyad.TrendPoint
		var d string
		if err := rows.Scan(&d, &p.Key, &p.Events, &p.Mentions, &p.Goldstein); err != nil {
			t.Fatal(err)
		}
		p.Period = parseDay(d)
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

func dyadKeys(ds []dyad.DyadCount) []string {
	var out []string
	for _, d := range ds {
		out = append(out, fmt.Sprintf("%s>%s %d %d %.9f", d.Source, d.Target, d.Events, d.Mentions, d.Goldstein))
	}
	return out
}
