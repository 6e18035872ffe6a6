package sqlite

import (
	"strings"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/months"
)

// The monthly rollup (migration 0005) answers counts whose filter it can
// answer exactly: actor prefixes, root, quad and dates. Whole months come
// from the rollup; the days of a partly covered month at either end come from
// the events, so any date range is exact.

// rollupCols are the columns of a rollup row, and of an event read as one.
const (
	eventRowCols = "substr(e.date, 1, 7) AS month, e.source AS source, e.target AS target, e.root AS root, e.quad AS quad, " +
		"1 AS events, e.num_mentions AS mentions, e.goldstein AS goldstein"
)

// A rollup table: the monthly one by dyad, root and quad (0005), the monthly
// one by root and quad only, and the yearly one by dyad (0006).
type rollupTable struct {
	name, period, cols string
	actors, codes      bool // has source and target; has root and quad
}

var (
	byDyad = rollupTable{name: "rollup", period: "month", actors: true, codes: true,
		cols: "r.month AS month, r.source AS source, r.target AS target, r.root AS root, r.quad AS quad, " +
			"r.events AS events, r.mentions AS mentions, r.goldstein AS goldstein"}
	byMonth = rollupTable{name: "rollup_month", period: "month", codes: true,
		cols: "r.month AS month, '' AS source, '' AS target, r.root AS root, r.quad AS quad, " +
			"r.events AS events, r.mentions AS mentions, r.goldstein AS goldstein"}
	byCountry = rollupTable{name: "rollup_country", period: "month", codes: true,
		cols: "r.month AS month, '' AS source, '' AS target, r.root AS root, r.quad AS quad, " +
			"r.events AS events, r.mentions AS mentions, r.goldstein AS goldstein"}
	byYear = rollupTable{name: "rollup_year", period: "year", actors: true,
		cols: "r.year AS month, r.source AS source, r.target AS target, '' AS root, 0 AS quad, " +
			"r.events AS events, r.mentions AS mentions, r.goldstein AS goldstein"}
)

// rollupFits reports whether the rollup can answer f exactly.
func rollupFits(f dyad.EventFilter) bool {
	return f.Code == "" && f.Text == "" && topicQuery(f.Topic) == "" && f.Cursor == "" &&
		f.Quad >= 0 && f.Quad <= 4
}

// rolled returns a query of rollup-shaped rows (month, source, target, root,
// quad, events, mentions, goldstein) that together count the events matching
// f, which must fit the rollup. Without dyads the rows may leave source and
// target empty when f names no actor.
func rolled(f dyad.EventFilter, dyads bool) (string, []any, error) {
	lo, hi, edges, whole := monthRange(f.Since, f.Until)
	var parts []string
	var args []any
	table := byDyad
	if !dyads {
		if f.Source == "" && f.Target == "" && f.Actor == "" {
			table = byMonth
		} else if _, _, ok := countryOf(f); ok {
			table = byCountry
		}
	}
	if whole {
		q, a := rollupSelect(f, table, lo, hi)
		parts, args = append(parts, q), append(args, a...)
	}
	for _, e := range edges {
		ef := f
		ef.Since, ef.Until = e[0], e[1]
		q, a, err := candidates(ef, eventRowCols)
		if err != nil {
			return "", nil, err
		}
		parts, args = append(parts, q), append(args, a...)
	}
	return strings.Join(parts, " UNION ALL "), args, nil
}

// monthRange is months.Split with the whole months as "2006-01" ("" for
// an open end), as the rollup tables key them.
func monthRange(since, until time.Time) (lo, hi string, edges [][2]time.Time, whole bool) {
	from, to, edges, whole := months.Split(since, until)
	if !from.IsZero() {
		lo = from.Format("2006-01")
	}
	if !to.IsZero() {
		hi = to.Format("2006-01")
	}
	return lo, hi, edges, whole
}

// rollupSelect selects the rollup rows of months lo..hi matching the actor,
// root and quad of f. An actor on either side is the rows whose source
// matches, then those whose target matches but not their source.
func rollupSelect(f dyad.EventFilter, t rollupTable, lo, hi string) (string, []any) {
	var conds []string
	var args []any
	prefix := func(col, p string) (string, []any) {
		p = strings.ToUpper(p)
		return "r." + col + " >= ? AND r." + col + " < ?", []any{p, prefixEnd(p)}
	}
	add := func(c string, a []any) {
		conds = append(conds, c)
		args = append(args, a...)
	}
	if t.name == byCountry.name {
		side, code, _ := countryOf(f)
		add("r.code3 = ? AND r.side = ?", []any{code, side})
		f.Source, f.Target, f.Actor = "", "", ""
	}
	if t.name == byDyad.name && len(f.Source) >= 3 && len(f.Target) >= 3 { // index rollup_dyad3 (0009)
		add("substr(r.source, 1, 3) = ? AND substr(r.target, 1, 3) = ?",
			[]any{strings.ToUpper(f.Source[:3]), strings.ToUpper(f.Target[:3])})
	}
	if f.Source != "" {
		add(prefix("source", f.Source))
	}
	if f.Target != "" {
		add(prefix("target", f.Target))
	}
	if f.Root != "" {
		add("r.root = ?", []any{f.Root})
	}
	if f.Quad != 0 {
		add("r.quad = ?", []any{f.Quad})
	}
	if lo != "" {
		add("r."+t.period+" >= ?", []any{lo})
	}
	if hi != "" {
		add("r."+t.period+" <> '' AND r."+t.period+" <= ?", []any{hi})
	}
	sel := func(extra string) string {
		all := conds
		if extra != "" {
			all = append(append([]string{}, conds...), extra)
		}
		q := "SELECT " + t.cols + " FROM " + t.name + " r"
		if len(all) > 0 {
			q += " WHERE " + strings.Join(all, " AND ")
		}
		return q
	}
	if f.Actor == "" {
		return sel(""), args
	}
	sc, sa := prefix("source", f.Actor)
	tc, ta := prefix("target", f.Actor)
	q := sel(sc) + " UNION ALL " + sel(tc+" AND NOT ("+sc+")")
	all := append(append(append([]any{}, args...), sa...), args...)
	all = append(append(all, ta...), sa...)
	return q, all
}

// rollupPeriod is the SQL giving the first day of a rollup row's interval.
var rollupPeriod = map[string]string{
	dyad.IntervalMonth: "c.month || '-01'",
	dyad.IntervalYear:  "substr(c.month, 1, 4) || '-01-01'",
}

var rollupSplit = map[string]string{
	dyad.SplitNone: "''",
	dyad.SplitRoot: "c.root",
	dyad.SplitQuad: "CAST(c.quad AS TEXT)",
}

// rollupTrend is the SQL of a trend the rollup answers, or "" when it cannot.
func rollupTrend(q dyad.TrendQuery) (string, []any, error) {
	period, ok1 := rollupPeriod[q.Interval]
	split, ok2 := rollupSplit[q.Split]
	if !ok1 || !ok2 || !rollupFits(q.Filter) {
		return "", nil, nil
	}
	rows, args, err := rolled(q.Filter, false)
	if err != nil {
		return "", nil, err
	}
	return `SELECT ` + period + ` AS p, ` + split + ` AS k, sum(c.events), sum(c.mentions), sum(c.goldstein) / sum(c.events)
		FROM (` + rows + `) c WHERE c.month <> '' GROUP BY p, k ORDER BY p, k`, args, nil
}

// yearRange returns the years of [since, until] (zero: open; "" for an open
// end) when it covers whole years only.
func yearRange(since, until time.Time) (lo, hi string, ok bool) {
	if !since.IsZero() {
		if since.YearDay() != 1 {
			return "", "", false
		}
		lo = since.Format("2006")
	}
	if !until.IsZero() {
		if until.Month() != 12 || until.Day() != 31 {
			return "", "", false
		}
		hi = until.Format("2006")
	}
	return lo, hi, true
}

// rolledDyads returns rollup-shaped rows counting the events matching f by
// dyad (f must fit the rollup): from the yearly rollup when f asks for whole
// years and no root or quad, else as rolled does.
func rolledDyads(f dyad.EventFilter) (string, []any, error) {
	if lo, hi, ok := yearRange(f.Since, f.Until); ok && f.Root == "" && f.Quad == 0 {
		q, a := rollupSelect(f, byYear, lo, hi)
		return q, a, nil
	}
	return rolled(f, true)
}

// countryOf returns the side ("s" source, "t" target, "a" either) and the
// country of a filter that names one three-letter actor code only, which the
// country rollup answers.
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
	return side, strings.ToUpper(code), len(code) == 3
}
