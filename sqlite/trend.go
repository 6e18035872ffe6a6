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
	cand, args, err := candidates(f, "e.id, e.date, e.root, e.quad, e.goldstein, e.num_mentions")
	if err != nil {
		return nil, err
	}
	join := ""
	if q.Split == dyad.SplitTopic { // one row per (event, topic), only the topics asked for
		join = " JOIN event_topics t ON t.event_id = c.id"
		if t := topicQuery(f.Topic); t != "" {
			join += " AND " + topicCond("t.topic")
			args = append(args, topicArgs(t)...)
		}
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+period+` AS p, `+split+` AS k, count(*), sum(c.num_mentions), avg(c.goldstein)
		FROM (`+cand+`) c`+join+` WHERE c.date <> '' GROUP BY p, k ORDER BY p, k`, args...)
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

// TopDyads returns the n (source, target) pairs with most events in [since, until].
func (s *DB) TopDyads(ctx context.Context, since, until time.Time, n int) ([]dyad.DyadCount, error) {
	if n <= 0 {
		n = 10
	}
	cand, args, err := candidates(dyad.EventFilter{Since: since, Until: until}, "e.source, e.target, e.num_mentions, e.goldstein")
	if err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT c.source, c.target, count(*) AS n, sum(c.num_mentions), avg(c.goldstein)
		FROM (`+cand+`) c GROUP BY c.source, c.target ORDER BY n DESC, c.source, c.target LIMIT ?`, append(args, n)...)
	if err != nil {
		return nil, wrap(s.path, "top dyads", err)
	}
	defer rows.Close()
	var out []dyad.DyadCount
	for rows.Next() {
		var d dyad.DyadCount
		if err := rows.Scan(&d.Source, &d.Target, &d.Events, &d.Mentions, &d.Goldstein); err != nil {
			return nil, wrap(s.path, "top dyads", err)
		}
		out = append(out, d)
	}
	return out, wrap(s.path, "top dyads", rows.Err())
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
