package postgres

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/months"
)

// The rollups (migration 0004) answer counts whose filter they carry:
// actor prefixes, root, quad and dates. Whole months come from a rollup; the
// days of a partly covered month at either end come from the events, so any
// date range is exact. Rows of either kind have one shape: month, source,
// target, root, quad, events, mentions, goldstein (a sum).

// eventRowCols read an event as a rollup row.
const eventRowCols = `date_trunc('month', e.date)::date AS month, e.source AS source, e.target AS target,
	e.root COLLATE "C" AS root, e.quad AS quad, 1::bigint AS events, e.num_mentions::bigint AS mentions, e.goldstein AS goldstein`

// rollupTable is a rollup and how its rows read as rollup rows.
type rollupTable struct {
	name, period, cols string
}

var (
	byDyad = rollupTable{name: "rollup", period: "month",
		cols: "r.month, r.source, r.target, r.root, r.quad, r.events, r.mentions, r.goldstein"}
	byMonth = rollupTable{name: "rollup_month", period: "month",
		cols: `r.month, ''::text COLLATE "C", ''::text COLLATE "C", r.root, r.quad, r.events, r.mentions, r.goldstein`}
	byCountry = rollupTable{name: "rollup_country", period: "month"} // cols: countryCols
	byYear    = rollupTable{name: "rollup_year", period: "year",
		cols: `r.year, r.source, r.target, ''::text COLLATE "C", 0, r.events, r.mentions, r.goldstein`}
)

// rollupFits reports whether the rollups can answer f exactly.
func rollupFits(f dyad.EventFilter) bool {
	return f.Code == "" && f.Text == "" && topicQuery(f.Topic) == "" && f.Cursor == "" && f.Quad >= 0 && f.Quad <= 4
}

// rolled returns a query of rollup rows that together count the events
// matching f, which must fit the rollups. Without dyads the rows may leave
// source and target empty when f names no actor.
func rolled(f dyad.EventFilter, dyads bool, q *query) (string, error) {
	lo, hi, edges, whole := monthRange(f.Since, f.Until)
	table := byDyad
	if !dyads {
		if f.Source == "" && f.Target == "" && f.Actor == "" {
			table = byMonth
		} else if _, _, ok := countryOf(f); ok {
			table = byCountry
		}
	}
	var parts []string
	if whole {
		parts = append(parts, rollupSelect(f, table, lo, hi, q))
	}
	for _, e := range edges {
		ef := f
		ef.Since, ef.Until = e[0], e[1]
		w, err := where(ef, q)
		if err != nil {
			return "", err
		}
		parts = append(parts, "SELECT "+eventRowCols+" FROM events e"+w)
	}
	return strings.Join(parts, " UNION ALL "), nil
}

// monthRange is months.Split of the range as days, with the whole months
// as their first days (zero for an open end), as the rollup tables key them.
func monthRange(since, until time.Time) (lo, hi time.Time, edges [][2]time.Time, whole bool) {
	lo, to, edges, whole := months.Split(zeroOr(since), zeroOr(until))
	if !to.IsZero() {
		hi = time.Date(to.Year(), to.Month(), 1, 0, 0, 0, 0, time.UTC)
	}
	return lo, hi, edges, whole
}

// zeroOr is t as a day, or zero.
func zeroOr(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return dateOnly(t)
}

// rollupSelect selects the rows of table t of periods lo..hi (zero: open)
// matching the actors, root and quad of f. An actor on either side is the
// rows whose source matches, then those whose target matches but not their
// source.
func rollupSelect(f dyad.EventFilter, t rollupTable, lo, hi time.Time, q *query) string {
	var conds []string
	prefix := func(col, p string) string {
		return "(r." + col + " >= " + q.arg(p) + " AND r." + col + " < " + q.arg(prefixEnd(p)) + ")"
	}
	src, tgt, act := actorPrefix(f.Source), actorPrefix(f.Target), actorPrefix(f.Actor)
	if t == byCountry {
		side, code, _ := countryOf(f)
		t.cols = countryCols(side)
		conds = append(conds, "r.code3 = "+q.arg(code)+" AND r."+side+"_events > 0")
		src, tgt, act = "", "", ""
	}
	if t == byDyad && utf8.RuneCountInString(src) >= 3 && utf8.RuneCountInString(tgt) >= 3 { // index rollup_dyad3
		conds = append(conds, "left(r.source, 3) = "+q.arg(code3(src))+" AND left(r.target, 3) = "+q.arg(code3(tgt)))
	}
	if src != "" {
		conds = append(conds, prefix("source", src))
	}
	if tgt != "" {
		conds = append(conds, prefix("target", tgt))
	}
	if f.Root != "" {
		conds = append(conds, "r.root = "+q.arg(clean(f.Root)))
	}
	if f.Quad != 0 {
		conds = append(conds, "r.quad = "+q.arg(f.Quad))
	}
	if !lo.IsZero() {
		conds = append(conds, "r."+t.period+" >= "+q.arg(lo))
	}
	if !hi.IsZero() {
		conds = append(conds, "r."+t.period+" > "+q.arg(undated)+" AND r."+t.period+" <= "+q.arg(hi))
	}
	sel := func(extra ...string) string {
		all := append(append([]string{}, conds...), extra...)
		s := "SELECT " + t.cols + " FROM " + t.name + " r"
		if len(all) > 0 {
			s += " WHERE " + strings.Join(all, " AND ")
		}
		return s
	}
	if act == "" {
		return sel()
	}
	sc := prefix("source", act)
	return sel(sc) + " UNION ALL " + sel(prefix("target", act), "NOT "+sc)
}

// countryCols read the sums of one side of a country row (side is s, t
// or a, from countryOf) as a rollup row.
func countryCols(side string) string {
	return `r.month AS month, ''::text COLLATE "C" AS source, ''::text COLLATE "C" AS target, r.root AS root, r.quad AS quad, r.` +
		side + `_events AS events, r.` + side + `_mentions AS mentions, r.` + side + `_goldstein AS goldstein`
}

// actorPrefix is an actor filter as where compares it.
func actorPrefix(p string) string {
	if p == "" {
		return ""
	}
	return clean(strings.ToUpper(p))
}

// rollupPeriod is the SQL giving the first day of a rollup row's interval.
var rollupPeriod = map[string]string{
	dyad.IntervalMonth: "c.month",
	dyad.IntervalYear:  "date_trunc('year', c.month)::date",
}

var rollupSplit = map[string]string{
	dyad.SplitNone: "''",
	dyad.SplitRoot: "c.root",
	dyad.SplitQuad: "c.quad::text",
}

// rollupTrend is the SQL of a trend the rollups answer, or "" when they cannot.
func rollupTrend(tq dyad.TrendQuery, q *query) (string, error) {
	period, ok1 := rollupPeriod[tq.Interval]
	split, ok2 := rollupSplit[tq.Split]
	if !ok1 || !ok2 || !rollupFits(tq.Filter) {
		return "", nil
	}
	rows, err := rolled(tq.Filter, false, q)
	if err != nil {
		return "", err
	}
	return `SELECT ` + period + ` AS p, ` + split + ` COLLATE "C" AS k, sum(c.events)::bigint, sum(c.mentions)::bigint,
		sum(c.goldstein) / sum(c.events)::float8
		FROM (` + rows + `) c WHERE c.month > ` + q.arg(undated) + ` GROUP BY p, k ORDER BY p, k`, nil
}

// yearRange returns the years of [since, until] (zero: open) when it covers
// whole years only.
func yearRange(since, until time.Time) (lo, hi time.Time, ok bool) {
	if !since.IsZero() {
		if since.YearDay() != 1 {
			return lo, hi, false
		}
		lo = time.Date(since.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if !until.IsZero() {
		if until.Month() != 12 || until.Day() != 31 {
			return lo, hi, false
		}
		hi = time.Date(until.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return lo, hi, true
}

// rolledDyads returns rollup rows counting the events matching f by dyad (f
// must fit the rollups): from the yearly rollup when f asks for whole years
// and no root or quad, else as rolled does.
func rolledDyads(f dyad.EventFilter, q *query) (string, error) {
	if lo, hi, ok := yearRange(f.Since, f.Until); ok && f.Root == "" && f.Quad == 0 {
		return rollupSelect(f, byYear, lo, hi, q), nil
	}
	return rolled(f, true, q)
}

// countryOf returns the side ("s" source, "t" target, "a" either) and the
// country of a filter that names one three-character actor code only,
// which the country rollup answers.
func countryOf(f dyad.EventFilter) (side, code string, ok bool) {
	switch {
	case f.Source != "" && f.Target == "" && f.Actor == "":
		side, code = "s", f.Source
	case f.Target != "" && f.Source == "" && f.Actor == "":
		side, code = "t", f.Target
	case f.Actor != "" && f.Source == "" && f.Target == "":
		side, code = "a", f.Actor
	default:
		return "", "", false
	}
	code = actorPrefix(code)
	return side, code, utf8.RuneCountInString(code) == 3
}
