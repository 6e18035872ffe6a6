package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
)

// periodExpr is the SQL giving the first day of an event's interval.
var periodExpr = map[string]string{
	dyad.IntervalDay:   "c.date",
	dyad.IntervalWeek:  "date(c.date, '-' || ((CAST(strftime('%w', c.date) AS INTEGER) + 6) % 7) || ' days')",
	dyad.IntervalMonth: "substr(c.date, 1, 7) || '-01'",
	dyad.IntervalYear:  "substr(c.date, 1, 4) || '-01-01'",
}

var splitExpr = map[string]string{
	dyad.SplitNone:  "''",
	dyad.SplitRoot:  "c.root",
	dyad.SplitQuad:  "CAST(c.quad AS TEXT)",
	dyad.SplitTopic: "t.topic",
}

// Trend counts matching events per interval. Events without a date are left out.
func (s *DB) Trend(ctx context.Context, q dyad.TrendQuery) ([]dyad.TrendPoint, error) {
	if q.Interval == "" {
		q.Interval = dyad.IntervalMonth
	}
	if q.Split == "" {
		q.Split = dyad.SplitNone
	}
	period, ok := periodExpr[q.Interval]
	if !ok {
		return nil, dyad.Errorf(dyad.EINVALID, "interval %q: want day, week, month or year", q.Interval)
	}
	split, ok := splitExpr[q.Split]
	if !ok {
		return nil, dyad.Errorf(dyad.EINVALID, "split %q: want none, root, quad or topic", q.Split)
	}
	f := q.Filter
	f.Cursor, f.Limit = "", 0
	q.Filter = f
	query, args, err := rollupTrend(q)
	if err != nil {
		return nil, err
	}
	if query == "" {
		query, args, err = eventTrend(q, period, split)
		if err != nil {
			return nil, err
		}
	}
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, wrap(s.path, "trend", err)
	}
	defer rows.Close()
	var out []dyad.TrendPoint
	for rows.Next() {
		var p dyad.TrendPoint
		var d string
		if err := rows.Scan(&d, &p.Key, &p.Events, &p.Mentions, &p.Goldstein); err != nil {
			return nil, wrap(s.path, "trend", err)
		}
		p.Period = parseDay(d)
		out = append(out, p)
	}
	return out, wrap(s.path, "trend", rows.Err())
}

// eventTrend is the SQL of a trend read from the events themselves, for
// intervals and filters the rollup does not answer.
func eventTrend(q dyad.TrendQuery, period, split string) (string, []any, error) {
	f := q.Filter
	cand, args, err := candidates(f, "e.id, e.date, e.root, e.quad, e.goldstein, e.num_mentions")
	if err != nil {
		return "", nil, err
	}
	join := ""
	if q.Split == dyad.SplitTopic { // one row per (event, topic), only the topics asked for
		join = " JOIN event_topics t ON t.event_id = c.id"
		if t := topicQuery(f.Topic); t != "" {
			join += " AND " + topicCond("t.topic")
			args = append(args, topicArgs(t)...)
		}
	}
	return `SELECT ` + period + ` AS p, ` + split + ` AS k, count(*), sum(c.num_mentions), avg(c.goldstein)
		FROM (` + cand + `) c` + join + ` WHERE c.date <> '' GROUP BY p, k ORDER BY p, k`, args, nil
}

// TopDyads returns the n (source, target) pairs with most events in [since, until].
func (s *DB) TopDyads(ctx context.Context, since, until time.Time, n int) ([]dyad.DyadCount, error) {
	return s.CountDyads(ctx, dyad.EventFilter{Since: since, Until: until}, n)
}

// CountDyads returns the n (source, target) pairs with most events among
// those matching f (its limit and cursor ignored), most first. It is the
// optional method the dashboard's actor page asks for (http.DyadCounter).
func (s *DB) CountDyads(ctx context.Context, f dyad.EventFilter, n int) ([]dyad.DyadCount, error) {
	if n <= 0 {
		n = 10
	}
	f.Cursor, f.Limit = "", 0
	var rows string
	var args []any
	var err error
	if rollupFits(f) {
		rows, args, err = rolledDyads(f)
	} else {
		rows, args, err = candidates(f, "e.source AS source, e.target AS target, 1 AS events, e.num_mentions AS mentions, e.goldstein AS goldstein")
	}
	if err != nil {
		return nil, err
	}
	return s.dyadCounts(ctx, rows, args, n)
}

// dyadCounts ranks the (source, target) pairs of rollup-shaped rows.
func (s *DB) dyadCounts(ctx context.Context, rows string, args []any, n int) ([]dyad.DyadCount, error) {
	res, err := s.db.QueryContext(ctx, `SELECT c.source, c.target, sum(c.events) AS n, sum(c.mentions), sum(c.goldstein) / sum(c.events)
		FROM (`+rows+`) c GROUP BY c.source, c.target ORDER BY n DESC, c.source, c.target LIMIT ?`, append(args, n)...)
	if err != nil {
		return nil, wrap(s.path, "count dyads", err)
	}
	defer res.Close()
	var out []dyad.DyadCount
	for res.Next() {
		var d dyad.DyadCount
		if err := res.Scan(&d.Source, &d.Target, &d.Events, &d.Mentions, &d.Goldstein); err != nil {
			return nil, wrap(s.path, "count dyads", err)
		}
		out = append(out, d)
	}
	return out, wrap(s.path, "count dyads", res.Err())
}

// Actors returns actor codes starting with q, or named by words containing q,
// with their mention counts, most frequent first.
func (s *DB) Actors(ctx context.Context, q string, n int) ([]dyad.ActorCount, error) {
	if n <= 0 {
		n = 20
	}
	up := strings.ToUpper(q)
	rows, err := s.db.QueryContext(ctx, `SELECT code, sum(as_source) AS s, sum(as_target) AS t FROM actors
		WHERE (code >= ? AND code < ?) OR (? <> '' AND instr(lower(text), lower(?)) > 0)
		GROUP BY code ORDER BY s + t DESC, code LIMIT ?`, up, prefixEnd(up), q, q, n)
	if err != nil {
		return nil, wrap(s.path, "actors", err)
	}
	var out []dyad.ActorCount
	for rows.Next() {
		var a dyad.ActorCount
		if err := rows.Scan(&a.Code, &a.AsSource, &a.AsTarget); err != nil {
			rows.Close()
			return nil, wrap(s.path, "actors", err)
		}
		out = append(out, a)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, wrap(s.path, "actors", err)
	}
	for i := range out {
		err := s.db.QueryRowContext(ctx, `SELECT text FROM actors WHERE code = ? AND text <> ''
			ORDER BY as_source + as_target DESC, text LIMIT 1`, out[i].Code).Scan(&out[i].Name)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return nil, wrap(s.path, "actors", err)
		}
	}
	return out, nil
}

// Summarize counts the events matching f (its limit and cursor ignored),
// their mentions, and the first and last event dates, in one query.
func (s *DB) Summarize(ctx context.Context, f dyad.EventFilter) (dyad.EventSummary, error) {
	f.Cursor, f.Limit = "", 0
	rows, args, err := candidates(f, "e.num_mentions AS mentions, e.date AS date")
	if err != nil {
		return dyad.EventSummary{}, err
	}
	var sum dyad.EventSummary
	err = s.db.QueryRowContext(ctx, `SELECT count(*), coalesce(sum(c.mentions), 0),
		min(nullif(c.date, '')), max(nullif(c.date, '')) FROM (`+rows+`) c`, args...).
		Scan(&sum.Events, &sum.Mentions, &dateText{&sum.First}, &dateText{&sum.Last})
	if err != nil {
		return dyad.EventSummary{}, wrap(s.path, "summarize events", err)
	}
	return sum, nil
}
