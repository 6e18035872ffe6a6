package postgres

import (
	"context"
	"math/rand/v2"
	"time"

	"github.com/jackc/pgx/v5"
)

// The writer keeps the rollups (migration 0004) and the row counts (0005)
// in each batch's transaction. What the batch adds is summed in memory: an
// event the batch's upsert created (its stored mention count is the batch's
// own) adds one event and its Goldstein score, and every event the batch
// touched adds the mentions it gained. Then one statement per table upserts
// the sums with increments, its rows sorted by the table's key, after every
// other write of the batch and just before the commit: concurrent writers
// take the row locks in one order (events, then each rollup table in turn,
// then the counts), so they wait for each other but never deadlock, and
// nothing is ever recounted (a recount under READ COMMITTED would miss a
// concurrent batch's rows). A batch rolled back leaves no trace in them.
// Every writer touches the same few rows of the month rollup and the
// counts, so those come last, locked for the shortest time; the counts are
// spread over slots besides.

// sums are the events, mentions and Goldstein sum a batch adds to a row.
type sums struct {
	events, mentions int64
	goldstein        float64
}

func (s *sums) add(isNew bool, mentions int, goldstein float64) {
	s.mentions += int64(mentions)
	if isNew {
		s.events++
		s.goldstein += goldstein
	}
}

type dyadRow struct {
	month          time.Time
	source, target string
	root           string
	quad           int32
}

type monthRow struct {
	month time.Time
	root  string
	quad  int32
}

type yearRow struct {
	year           time.Time
	source, target string
}

type countryRow struct {
	code3 string
	month time.Time
	root  string
	quad  int32
}

// countrySums are a country row's sums by side: source, target, either.
type countrySums struct{ s, t, a sums }

// tally is what a batch adds to the rollups and counts.
type tally struct {
	dyad    map[dyadRow]*sums
	month   map[monthRow]*sums
	year    map[yearRow]*sums
	country map[countryRow]*countrySums
	counts  map[string]int64
}

func newTally() *tally {
	return &tally{dyad: map[dyadRow]*sums{}, month: map[monthRow]*sums{}, year: map[yearRow]*sums{},
		country: map[countryRow]*countrySums{}, counts: map[string]int64{}}
}

func sumsOf[K comparable](m map[K]*sums, k K) *sums {
	s := m[k]
	if s == nil {
		s = &sums{}
		m[k] = s
	}
	return s
}

// event adds a touched event as stored (its key columns as the upsert
// returned them) and the mentions the batch gave it.
func (t *tally) event(date time.Time, source, target, root string, quad int32, goldstein float64, isNew bool, mentions int) {
	month := time.Date(date.Year(), date.Month(), 1, 0, 0, 0, 0, time.UTC)
	year := time.Date(date.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	sumsOf(t.dyad, dyadRow{month, source, target, root, quad}).add(isNew, mentions, goldstein)
	sumsOf(t.month, monthRow{month, root, quad}).add(isNew, mentions, goldstein)
	sumsOf(t.year, yearRow{year, source, target}).add(isNew, mentions, goldstein)
	s3, t3 := code3(source), code3(target)
	cs, ct := t.countryOf(countryRow{s3, month, root, quad}), t.countryOf(countryRow{t3, month, root, quad})
	cs.s.add(isNew, mentions, goldstein)
	ct.t.add(isNew, mentions, goldstein)
	cs.a.add(isNew, mentions, goldstein)
	if t3 != s3 {
		ct.a.add(isNew, mentions, goldstein)
	}
	if isNew {
		t.counts["events"]++
	}
}

func (t *tally) countryOf(k countryRow) *countrySums {
	c := t.country[k]
	if c == nil {
		c = &countrySums{}
		t.country[k] = c
	}
	return c
}

// code3 is the first three characters of an actor code, as left(code, 3).
func code3(code string) string {
	n := 0
	for i := range code {
		if n == 3 {
			return code[:i]
		}
		n++
	}
	return code
}

// countSlots is how many rows each count is spread over.
const countSlots = 16

// sumColumns are the sums of a table's rows as the three arrays an unnest
// upsert takes.
type sumColumns struct {
	events, mentions []int64
	goldstein        []float64
}

func (c *sumColumns) add(s sums) {
	c.events, c.mentions, c.goldstein = append(c.events, s.events), append(c.mentions, s.mentions), append(c.goldstein, s.goldstein)
}

// increments is the SET clause adding a row's sums to the stored row r.
const increments = ` DO UPDATE SET events = r.events + excluded.events, mentions = r.mentions + excluded.mentions,
	goldstein = r.goldstein + excluded.goldstein`

// write upserts the tally, each table in one statement with its rows in key
// order: the dyad and year rollups (many rows, rarely shared), the country
// rollup, the month rollup, the counts.
func (t *tally) write(ctx context.Context, tx pgx.Tx) error {
	var q pgx.Batch
	if len(t.dyad) > 0 {
		var month []time.Time
		var source, target, root []string
		var quad []int32
		var c sumColumns
		for k, s := range t.dyad {
			month, source, target, root, quad = append(month, k.month), append(source, k.source), append(target, k.target), append(root, k.root), append(quad, k.quad)
			c.add(*s)
		}
		q.Queue(`INSERT INTO rollup AS r (month, source, target, root, quad, events, mentions, goldstein)
			SELECT * FROM unnest($1::date[], $2::text[], $3::text[], $4::text[], $5::int[], $6::bigint[], $7::bigint[], $8::float8[])
				AS d(month, source, target, root, quad, events, mentions, goldstein)
			ORDER BY month, source COLLATE "C", target COLLATE "C", root COLLATE "C", quad
			ON CONFLICT (month, source, target, root, quad)`+increments, month, source, target, root, quad, c.events, c.mentions, c.goldstein)
	}
	if len(t.year) > 0 {
		var year []time.Time
		var source, target []string
		var c sumColumns
		for k, s := range t.year {
			year, source, target = append(year, k.year), append(source, k.source), append(target, k.target)
			c.add(*s)
		}
		q.Queue(`INSERT INTO rollup_year AS r (year, source, target, events, mentions, goldstein)
			SELECT * FROM unnest($1::date[], $2::text[], $3::text[], $4::bigint[], $5::bigint[], $6::float8[])
				AS d(year, source, target, events, mentions, goldstein)
			ORDER BY year, source COLLATE "C", target COLLATE "C"
			ON CONFLICT (year, source, target)`+increments, year, source, target, c.events, c.mentions, c.goldstein)
	}
	if len(t.country) > 0 {
		var code, root []string
		var month []time.Time
		var quad []int32
		var sc, tc, ac sumColumns // as source, as target, either side
		for k, c := range t.country {
			code, month, root, quad = append(code, k.code3), append(month, k.month), append(root, k.root), append(quad, k.quad)
			sc.add(c.s)
			tc.add(c.t)
			ac.add(c.a)
		}
		q.Queue(`INSERT INTO rollup_country AS r (code3, month, root, quad, s_events, s_mentions, s_goldstein,
				t_events, t_mentions, t_goldstein, a_events, a_mentions, a_goldstein)
			SELECT * FROM unnest($1::text[], $2::date[], $3::text[], $4::int[], $5::bigint[], $6::bigint[], $7::float8[],
				$8::bigint[], $9::bigint[], $10::float8[], $11::bigint[], $12::bigint[], $13::float8[])
				AS d(code3, month, root, quad, se, sm, sg, te, tm, tg, ae, am, ag)
			ORDER BY code3 COLLATE "C", month, root COLLATE "C", quad
			ON CONFLICT (code3, month, root, quad) DO UPDATE SET
				s_events = r.s_events + excluded.s_events, s_mentions = r.s_mentions + excluded.s_mentions,
				s_goldstein = r.s_goldstein + excluded.s_goldstein,
				t_events = r.t_events + excluded.t_events, t_mentions = r.t_mentions + excluded.t_mentions,
				t_goldstein = r.t_goldstein + excluded.t_goldstein,
				a_events = r.a_events + excluded.a_events, a_mentions = r.a_mentions + excluded.a_mentions,
				a_goldstein = r.a_goldstein + excluded.a_goldstein`,
			code, month, root, quad, sc.events, sc.mentions, sc.goldstein, tc.events, tc.mentions, tc.goldstein,
			ac.events, ac.mentions, ac.goldstein)
	}
	if len(t.month) > 0 {
		var month []time.Time
		var root []string
		var quad []int32
		var c sumColumns
		for k, s := range t.month {
			month, root, quad = append(month, k.month), append(root, k.root), append(quad, k.quad)
			c.add(*s)
		}
		q.Queue(`INSERT INTO rollup_month AS r (month, root, quad, events, mentions, goldstein)
			SELECT * FROM unnest($1::date[], $2::text[], $3::int[], $4::bigint[], $5::bigint[], $6::float8[])
				AS d(month, root, quad, events, mentions, goldstein)
			ORDER BY month, root COLLATE "C", quad
			ON CONFLICT (month, root, quad)`+increments, month, root, quad, c.events, c.mentions, c.goldstein)
	}
	var names []string
	var ns []int64
	for name, n := range t.counts {
		if n != 0 {
			names, ns = append(names, name), append(ns, n)
		}
	}
	if len(names) > 0 {
		q.Queue(`INSERT INTO counts AS c (name, slot, n)
			SELECT d.name, $2, d.n FROM unnest($1::text[], $3::bigint[]) AS d(name, n) ORDER BY d.name COLLATE "C"
			ON CONFLICT (name, slot) DO UPDATE SET n = c.n + excluded.n`, names, rand.Int32N(countSlots), ns)
	}
	return sendBatch(ctx, tx, &q, q.Len(), nil)
}
