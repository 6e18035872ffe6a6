package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/dyadproject/dyad"
)

const eventCols = `e.id, e.cluster, e.source, e.target, e.code, e.root, e.quad, e.goldstein, e.name, e.plover,
	e.date, e.date_precision, e.location, e.added, e.num_mentions, e.num_sources, e.num_articles`

// eventScan reads a row of eventCols into a dyad.StoredEvent.
type eventScan struct {
	e               *dyad.StoredEvent
	date            time.Time
	location, added string
}

func (es *eventScan) dest(dst []any) []any {
	e := es.e
	return append(dst, &e.ID, &e.Cluster, &e.Source, &e.Target, (*string)(&e.Code), &e.Root, &e.Quad, &e.Goldstein,
		&e.Name, &e.PLOVER, &es.date, &e.DatePrecision, &es.location, &es.added, &e.NumMentions, &e.NumSources, &e.NumArticles)
}

func (es *eventScan) finish() error {
	es.e.Date = eventDate(es.date)
	es.e.Added = parseDay(es.added)
	if es.location != "" {
		es.e.Location = new(dyad.Location)
		return json.Unmarshal([]byte(es.location), es.e.Location)
	}
	return nil
}

// Events returns a page of events matching f, newest first.
func (s *DB) Events(ctx context.Context, f dyad.EventFilter) ([]dyad.StoredEvent, string, error) {
	var q query
	w, err := where(f, &q)
	if err != nil {
		return nil, "", err
	}
	limit := f.Limit
	if limit <= 0 {
		limit = dyad.DefaultLimit
	}
	limit = min(limit, dyad.MaxLimit)
	sql := `SELECT ` + eventCols + `, ` + mentionCols + `
		FROM (SELECT * FROM events e` + w + ` ORDER BY e.date DESC, e.id DESC LIMIT ` + q.arg(limit+1) + `) e
		JOIN mentions m ON m.doc_id = e.rep_doc AND m.mid = e.rep_mid ` + mentionJoins + `
		ORDER BY e.date DESC, e.id DESC`
	out, err := s.scanEvents(ctx, sql, q.args)
	if err != nil {
		return nil, "", wrap(s.name, "events", err)
	}
	next := ""
	if len(out) > limit {
		out = out[:limit]
		last := out[limit-1]
		d := last.Date
		if d.IsZero() {
			d = undated
		}
		next = makeCursor(d, last.ID)
	}
	if err := s.topics(ctx, out); err != nil {
		return nil, "", err
	}
	return out, next, nil
}

func (s *DB) scanEvents(ctx context.Context, sql string, args []any) ([]dyad.StoredEvent, error) {
	rows, err := s.pool.Query(ctx, sql, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []dyad.StoredEvent
	for rows.Next() {
		var e dyad.StoredEvent
		es := eventScan{e: &e}
		ms := mentionScan{m: &e.Mention}
		if err := rows.Scan(ms.dest(es.dest(nil))...); err != nil {
			return nil, err
		}
		if err := es.finish(); err != nil {
			return nil, err
		}
		if err := ms.finish(); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// topics fills the topics of the events.
func (s *DB) topics(ctx context.Context, evs []dyad.StoredEvent) error {
	if len(evs) == 0 {
		return nil
	}
	idx := map[int64]int{}
	ids := make([]int64, len(evs))
	for i, e := range evs {
		idx[e.ID] = i
		ids[i] = e.ID
	}
	rows, err := s.pool.Query(ctx, `SELECT event_id, topic FROM event_topics WHERE event_id = ANY($1) ORDER BY event_id, topic`, ids)
	if err != nil {
		return wrap(s.name, "topics", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var t string
		if err := rows.Scan(&id, &t); err != nil {
			return wrap(s.name, "topics", err)
		}
		if i, ok := idx[id]; ok {
			evs[i].Topics = append(evs[i].Topics, t)
		}
	}
	return wrap(s.name, "topics", rows.Err())
}

// Event returns one event with every mention, ordered by document and mention id.
func (s *DB) Event(ctx context.Context, id int64) (*dyad.StoredEvent, error) {
	var date time.Time
	err := s.pool.QueryRow(ctx, `SELECT date FROM event_keys WHERE id = $1`, id).Scan(&date)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, dyad.Errorf(dyad.ENOTFOUND, "event %d not found", id)
	}
	if err != nil {
		return nil, wrap(s.name, "event", err)
	}
	evs, err := s.scanEvents(ctx, `SELECT `+eventCols+`, `+mentionCols+`
		FROM events e
		JOIN mentions m ON m.doc_id = e.rep_doc AND m.mid = e.rep_mid `+mentionJoins+` WHERE e.id = $1 AND e.date = $2`, []any{id, date})
	if err != nil {
		return nil, wrap(s.name, "event", err)
	}
	if len(evs) == 0 { // allocated by a transaction that has not stored the event yet
		return nil, dyad.Errorf(dyad.ENOTFOUND, "event %d not found", id)
	}
	if err := s.topics(ctx, evs); err != nil {
		return nil, err
	}
	e := &evs[0]
	e.Mentions, err = s.mentions(ctx, `WHERE m.event_id = $1 ORDER BY m.doc_id, m.mid`, id)
	if err != nil {
		return nil, wrap(s.name, "event", err)
	}
	return e, nil
}

func (s *DB) mentions(ctx context.Context, tail string, args ...any) ([]dyad.Mention, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+mentionCols+` FROM mentions m `+mentionJoins+` `+tail, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []dyad.Mention
	for rows.Next() {
		var m dyad.Mention
		ms := mentionScan{m: &m}
		if err := rows.Scan(ms.dest(nil)...); err != nil {
			return nil, err
		}
		if err := ms.finish(); err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// Document returns a stored document with its sentences and mentions.
func (s *DB) Document(ctx context.Context, id string) (*dyad.StoredDocument, error) {
	var d dyad.StoredDocument
	var status, date, align, quality, meta string
	err := s.pool.QueryRow(ctx, `SELECT id, run_id, status, url, title, source, date, lang, input, input_offset,
		format, cluster, text, original, align, quality, meta FROM documents WHERE id = $1`, clean(id)).Scan(
		&d.ID, &d.Run, &status, &d.URL, &d.Title, &d.Source, &date, &d.Lang, &d.Input, &d.InputOffset,
		&d.Format, &d.Cluster, &d.Text, &d.Original, &align, &quality, &meta)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, dyad.Errorf(dyad.ENOTFOUND, "document %q not found", id)
	}
	if err != nil {
		return nil, wrap(s.name, "document", err)
	}
	d.Date = parseDay(date)
	for _, j := range []struct {
		s string
		v any
	}{{align, &d.Align}, {quality, &d.Quality}, {meta, &d.Meta}} {
		if j.s != "" {
			if err := json.Unmarshal([]byte(j.s), j.v); err != nil {
				return nil, wrap(s.name, "document", err)
			}
		}
	}
	if d.Cluster == d.ID {
		d.Cluster = ""
	}
	if status == "rejected" {
		var r dyad.Reject
		err := s.pool.QueryRow(ctx, `SELECT input, "offset", line, doc_id, reason, kind, detail FROM rejects
			WHERE doc_id = $1 ORDER BY id LIMIT 1`, id).Scan(&r.Input, &r.Offset, &r.Line, &r.DocID, &r.Reason, &r.Kind, &r.Detail)
		if err != nil && !errors.Is(err, pgx.ErrNoRows) {
			return nil, wrap(s.name, "document", err)
		}
		d.Reject = &r
	}
	rows, err := s.pool.Query(ctx, `SELECT sid, idx, start, "end", date, text, parse FROM sentences WHERE doc_id = $1 ORDER BY idx`, id)
	if err != nil {
		return nil, wrap(s.name, "document", err)
	}
	for rows.Next() {
		st := dyad.Sentence{Doc: id}
		var date string
		if err := rows.Scan(&st.ID, &st.Index, &st.Span.Start, &st.Span.End, &date, &st.Text, &st.Parse); err != nil {
			rows.Close()
			return nil, wrap(s.name, "document", err)
		}
		st.Date = parseDay(date)
		d.Sentences = append(d.Sentences, st)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, wrap(s.name, "document", err)
	}
	d.Mentions, err = s.mentions(ctx, `WHERE m.doc_id = $1 ORDER BY s.idx, m.mid`, id)
	if err != nil {
		return nil, wrap(s.name, "document", err)
	}
	return &d, nil
}

// Rejects returns up to n rejects in the order they were recorded.
func (s *DB) Rejects(ctx context.Context, run int64, n int) ([]dyad.Reject, error) {
	if n <= 0 {
		n = dyad.DefaultLimit
	}
	rows, err := s.pool.Query(ctx, `SELECT input, "offset", line, doc_id, reason, kind, detail FROM rejects
		WHERE $1 = 0 OR run_id = $1 ORDER BY id LIMIT $2`, run, n)
	if err != nil {
		return nil, wrap(s.name, "rejects", err)
	}
	defer rows.Close()
	var out []dyad.Reject
	for rows.Next() {
		var r dyad.Reject
		if err := rows.Scan(&r.Input, &r.Offset, &r.Line, &r.DocID, &r.Reason, &r.Kind, &r.Detail); err != nil {
			return nil, wrap(s.name, "rejects", err)
		}
		out = append(out, r)
	}
	return out, wrap(s.name, "rejects", rows.Err())
}

// Stats counts what the store holds, from the counts the writer keeps (migration 0005).
func (s *DB) Stats(ctx context.Context) (dyad.StoreStats, error) {
	var st dyad.StoreStats
	var first, last *time.Time
	count := func(name string) string {
		return "(SELECT coalesce(sum(n), 0)::bigint FROM counts WHERE name = '" + name + "')"
	}
	err := s.pool.QueryRow(ctx, `SELECT
		`+count("coded")+`, `+count("rejected")+`, `+count("rejects")+`,
		`+count("sentences")+`, `+count("events")+`, `+count("mentions")+`,
		(SELECT count(*) FROM runs),
		(SELECT min(date) FROM events WHERE date > $1),
		(SELECT max(date) FROM events),
		(SELECT coalesce(max(version), 0) FROM dyad_schema)`, undated).Scan(
		&st.Documents, &st.Rejected, &st.Rejects, &st.Sentences, &st.Events, &st.Mentions, &st.Runs, &first, &last, &st.SchemaVersion)
	if err != nil {
		return st, wrap(s.name, "stats", err)
	}
	if first != nil {
		st.First = eventDate(*first)
	}
	if last != nil {
		st.Last = eventDate(*last)
	}
	return st, nil
}
