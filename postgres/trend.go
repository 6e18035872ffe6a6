package postgres

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/dyadproject/dyad"
)

// periodExpr is the SQL giving the first day of an event's interval.
var periodExpr = map[string]string{
	dyad.IntervalDay:   "e.date",
	dyad.IntervalWeek:  "date_trunc('week', e.date)::date", // ISO weeks start on Monday
	dyad.IntervalMonth: "date_trunc('month', e.date)::date",
	dyad.IntervalYear:  "date_trunc('year', e.date)::date",
}

var splitExpr = map[string]string{
	dyad.SplitNone:  "''",
	dyad.SplitRoot:  "e.root",
	dyad.SplitQuad:  "e.quad::text",
	dyad.SplitTopic: "t.topic",
}

// Trend counts matching events per interval. Events without a date are left out.
func (s *DB) Trend(ctx context.Context, tq dyad.TrendQuery) ([]dyad.TrendPoint, error) {
	if tq.Interval == "" {
		tq.Interval = dyad.IntervalMonth
	}
	if tq.Split == "" {
		tq.Split = dyad.SplitNone
	}
	period, ok := periodExpr[tq.Interval]
	if !ok {
		return nil, dyad.Errorf(dyad.EINVALID, "interval %q: want day, week, month or year", tq.Interval)
	}
	split, ok := splitExpr[tq.Split]
	if !ok {
		return nil, dyad.Errorf(dyad.EINVALID, "split %q: want none, root, quad or topic", tq.Split)
	}
	tq.Filter.Cursor, tq.Filter.Limit = "", 0
	var q query
	sql, err := rollupTrend(tq, &q)
	if err == nil && sql == "" {
		q = query{}
		sql, err = eventTrend(tq, period, split, &q)
	}
	if err != nil {
		return nil, err
	}
	rows, err := s.pool.Query(ctx, sql, q.args...)
	if err != nil {
		return nil, wrap(s.name, "trend", err)
	}
	defer rows.Close()
	var out []dyad.TrendPoint
	for rows.Next() {
		var p dyad.TrendPoint
		if err := rows.Scan(&p.Period, &p.Key, &p.Events, &p.Mentions, &p.Goldstein); err != nil {
			return nil, wrap(s.name, "trend", err)
		}
		p.Period = dateOnly(p.Period)
		out = append(out, p)
	}
	return out, wrap(s.name, "trend", rows.Err())
}

// eventTrend is the SQL of a trend read from the events themselves, for
// intervals, splits and filters the rollups do not answer.
func eventTrend(tq dyad.TrendQuery, period, split string, q *query) (string, error) {
	f := tq.Filter
	w, err := where(f, q)
	if err != nil {
		return "", err
	}
	if w == "" {
		w = " WHERE "
	} else {
		w += " AND "
	}
	w += "e.date > " + q.arg(undated)
	join := ""
	if tq.Split == dyad.SplitTopic { // one row per (event, topic), only the topics asked for
		join = " JOIN event_topics t ON t.event_id = e.id"
		if t := topicQuery(f.Topic); t != "" {
			join += " AND " + topicCond("t.topic", t, q)
		}
	}
	return `SELECT ` + period + ` AS p, ` + split + ` COLLATE "C" AS k, count(*), sum(e.num_mentions), avg(e.goldstein)
		FROM events e` + join + w + ` GROUP BY p, k ORDER BY p, k`, nil
}

// TopDyads returns the n (source, target) pairs with most events in [since, until].
func (s *DB) TopDyads(ctx context.Context, since, until time.Time, n int) ([]dyad.DyadCount, error) {
	return s.CountDyads(ctx, dyad.EventFilter{Since: since, Until: until}, n)
}

// CountDyads returns the n (source, target) pairs with most events among
// those matching f (its limit and cursor ignored), most first: from the
// rollups when they carry f, else from the events. It is the optional
// method the dashboard's actor page asks for (http.DyadCounter).
func (s *DB) CountDyads(ctx context.Context, f dyad.EventFilter, n int) ([]dyad.DyadCount, error) {
	f.Cursor, f.Limit = "", 0
	var q query
	var rows string
	var err error
	if rollupFits(f) {
		rows, err = rolledDyads(f, &q)
	} else {
		rows, err = eventDyads(f, &q)
	}
	if err != nil {
		return nil, err
	}
	return s.dyadCounts(ctx, rows, &q, n)
}

// eventDyads is the events matching f as rollup rows.
func eventDyads(f dyad.EventFilter, q *query) (string, error) {
	w, err := where(f, q)
	return "SELECT " + eventRowCols + " FROM events e" + w, err
}

// dyadCounts ranks the (source, target) pairs of rollup rows.
func (s *DB) dyadCounts(ctx context.Context, from string, q *query, n int) ([]dyad.DyadCount, error) {
	if n <= 0 {
		n = 10
	}
	rows, err := s.pool.Query(ctx, `SELECT c.source, c.target, sum(c.events)::bigint AS n, sum(c.mentions)::bigint,
		sum(c.goldstein) / sum(c.events)::float8
		FROM (`+from+`) c GROUP BY c.source, c.target ORDER BY n DESC, c.source, c.target LIMIT `+q.arg(n), q.args...)
	if err != nil {
		return nil, wrap(s.name, "top dyads", err)
	}
	defer rows.Close()
	var out []dyad.DyadCount
	for rows.Next() {
		var d dyad.DyadCount
		if err := rows.Scan(&d.Source, &d.Target, &d.Events, &d.Mentions, &d.Goldstein); err != nil {
			return nil, wrap(s.name, "top dyads", err)
		}
		out = append(out, d)
	}
	return out, wrap(s.name, "top dyads", rows.Err())
}

// Actors returns actor codes starting with q, or named by words containing q,
// with their mention counts, most frequent first.
func (s *DB) Actors(ctx context.Context, q string, n int) ([]dyad.ActorCount, error) {
	if n <= 0 {
		n = 20
	}
	q = clean(q)
	up := strings.ToUpper(q)
	rows, err := s.pool.Query(ctx, `SELECT code, sum(as_source) AS s, sum(as_target) AS t FROM actors
		WHERE (code >= $1 AND code < $2) OR ($3 <> '' AND strpos(lower(text), lower($3)) > 0)
		GROUP BY code ORDER BY sum(as_source) + sum(as_target) DESC, code LIMIT $4`, up, prefixEnd(up), q, n)
	if err != nil {
		return nil, wrap(s.name, "actors", err)
	}
	var out []dyad.ActorCount
	for rows.Next() {
		var a dyad.ActorCount
		if err := rows.Scan(&a.Code, &a.AsSource, &a.AsTarget); err != nil {
			rows.Close()
			return nil, wrap(s.name, "actors", err)
		}
		out = append(out, a)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, wrap(s.name, "actors", err)
	}
	for i := range out {
		err := s.pool.QueryRow(ctx, `SELECT text FROM actors WHERE code = $1 AND text <> ''
			ORDER BY as_source + as_target DESC, text LIMIT 1`, out[i].Code).Scan(&out[i].Name)
		if err != nil && !errors.Is(err, pgx.ErrNoRows) {
			return nil, wrap(s.name, "actors", err)
		}
	}
	return out, nil
}

// Summarize counts the events matching f (its limit and cursor ignored),
// their mentions, and the first and last event dates, in one query.
func (s *DB) Summarize(ctx context.Context, f dyad.EventFilter) (dyad.EventSummary, error) {
	f.Cursor, f.Limit = "", 0
	var q query
	w, err := where(f, &q)
	if err != nil {
		return dyad.EventSummary{}, err
	}
	dated := "e.date > " + q.arg(undated)
	var sum dyad.EventSummary
	var first, last *time.Time
	err = s.pool.QueryRow(ctx, `SELECT count(*), coalesce(sum(e.num_mentions), 0)::bigint,
		min(e.date) FILTER (WHERE `+dated+`), max(e.date) FILTER (WHERE `+dated+`) FROM events e`+w, q.args...).
		Scan(&sum.Events, &sum.Mentions, &first, &last)
	if err != nil {
		return dyad.EventSummary{}, wrap(s.name, "summarize events", err)
	}
	if first != nil {
		sum.First, sum.Last = first.UTC(), last.UTC()
	}
	return sum, nil
}
