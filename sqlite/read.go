package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
)

const eventCols = `e.id, e.cluster, e.source, e.target, e.code, e.root, e.quad, e.goldstein, e.name, e.plover,
	e.date, e.date_precision, e.location, e.added, e.num_mentions, e.num_sources, e.num_articles`

func scanEvent(dst []any, e *dyad.StoredEvent) []any {
	return append(dst, &e.ID, &e.Cluster, &e.Source, &e.Target, (*string)(&e.Code), &e.Root, &e.Quad, &e.Goldstein,
		&e.Name, &e.PLOVER, &dateText{&e.Date}, &e.DatePrecision, &locText{&e.Location}, &dateText{&e.Added},
		&e.NumMentions, &e.NumSources, &e.NumArticles)
}

// Events returns a page of events matching f, newest first.
func (s *DB) Events(ctx context.Context, f dyad.EventFilter) ([]dyad.StoredEvent, string, error) {
	cand, args, err := candidates(f, "e.id, e.date")
	if err != nil {
		return nil, "", err
	}
	if broad, err := s.broadText(ctx, f); err != nil {
		return nil, "", wrap(s.path, "events", err)
	} else if broad {
		cand = strings.Replace(cand, "FROM events e", "FROM events e INDEXED BY events_date", 1)
	}
	limit := f.Limit
	if limit <= 0 {
		limit = dyad.DefaultLimit
	}
	if limit > dyad.MaxLimit {
		limit = dyad.MaxLimit
	}
	// The page is chosen from the index alone; only its events are joined
	// to their representative mention, sentence and document.
	page := "SELECT id, date FROM (" + cand + ")"
	if f.Cursor != "" {
		d, id, _ := parseCursor(f.Cursor)
		page += " WHERE date < ? OR (date = ? AND id < ?)"
		args = append(args, d, d, id)
	}
	page += " ORDER BY date DESC, id DESC LIMIT ?"
	q := `SELECT ` + eventCols + `, ` + mentionCols + `
		FROM (` + page + `) p
		JOIN events e ON e.id = p.id
		JOIN mentions m ON m.doc_id = e.rep_doc AND m.mid = e.rep_mid ` + mentionJoins + `
		ORDER BY e.date DESC, e.id DESC`
	rows, err := s.db.QueryContext(ctx, q, append(args, limit+1)...)
	if err != nil {
		return nil, "", wrap(s.path, "events", err)
	}
	defer rows.Close()
	var out []dyad.StoredEvent
	var dates []string
	for rows.Next() {
		var e dyad.StoredEvent
		var d string
		dst := scanEvent(nil, &e)
		dst[10] = &d
		ms := mentionScan{m: &e.Mention}
		if err := rows.Scan(ms.dest(dst)...); err != nil {
			return nil, "", wrap(s.path, "events", err)
		}
		if err := ms.finish(); err != nil {
			return nil, "", wrap(s.path, "events", err)
		}
		e.Date = parseDay(d)
		out = append(out, e)
		dates = append(dates, d)
	}
	if err := rows.Err(); err != nil {
		return nil, "", wrap(s.path, "events", err)
	}
	next := ""
	if len(out) > limit {
		out = out[:limit]
		next = makeCursor(dates[limit-1], out[limit-1].ID)
	}
	if err := s.topics(ctx, out); err != nil {
		return nil, "", err
	}
	return out, next, nil
}

// topics fills the topics of the events.
func (s *DB) topics(ctx context.Context, evs []dyad.StoredEvent) error {
	if len(evs) == 0 {
		return nil
	}
	idx := map[int64]int{}
	ph := make([]string, len(evs))
	args := make([]any, len(evs))
	for i, e := range evs {
		idx[e.ID] = i
		ph[i] = "?"
		args[i] = e.ID
	}
	rows, err := s.db.QueryContext(ctx, `SELECT event_id, topic FROM event_topics WHERE event_id IN (`+strings.Join(ph, ",")+`) ORDER BY event_id, topic`, args...)
	if err != nil {
		return wrap(s.path, "topics", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var t string
		if err := rows.Scan(&id, &t); err != nil {
			return wrap(s.path, "topics", err)
		}
		if i, ok := idx[id]; ok {
			evs[i].Topics = append(evs[i].Topics, t)
		}
	}
	return wrap(s.path, "topics", rows.Err())
}

// Event returns one event with every mention, ordered by document and mention id.
func (s *DB) Event(ctx context.Context, id int64) (*dyad.StoredEvent, error) {
	evs, _, err := s.eventsByID(ctx, id)
	if err != nil {
		return nil, err
	}
	e := &evs[0]
	rows, err := s.db.QueryContext(ctx, `SELECT `+mentionCols+` FROM mentions m `+mentionJoins+`
		WHERE m.event_id = ? ORDER BY m.doc_id, m.mid`, id)
	if err != nil {
		return nil, wrap(s.path, "event", err)
	}
	defer rows.Close()
	for rows.Next() {
		var m dyad.Mention
		ms := mentionScan{m: &m}
		if err := rows.Scan(ms.dest(nil)...); err != nil {
			return nil, wrap(s.path, "event", err)
		}
		if err := ms.finish(); err != nil {
			return nil, wrap(s.path, "event", err)
		}
		e.Mentions = append(e.Mentions, m)
	}
	return e, wrap(s.path, "event", rows.Err())
}

func (s *DB) eventsByID(ctx context.Context, id int64) ([]dyad.StoredEvent, string, error) {
	var e dyad.StoredEvent
	row := s.db.QueryRowContext(ctx, `SELECT `+eventCols+`, `+mentionCols+`
		FROM events e
		JOIN mentions m ON m.doc_id = e.rep_doc AND m.mid = e.rep_mid `+mentionJoins+` WHERE e.id = ?`, id)
	ms := mentionScan{m: &e.Mention}
	err := row.Scan(ms.dest(scanEvent(nil, &e))...)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, "", dyad.Errorf(dyad.ENOTFOUND, "event %d not found", id)
	}
	if err == nil {
		err = ms.finish()
	}
	if err != nil {
		return nil, "", wrap(s.path, "event", err)
	}
	evs := []dyad.StoredEvent{e}
	return evs, "", s.topics(ctx, evs)
}

// Document returns a stored document with its sentences and mentions.
func (s *DB) Document(ctx context.Context, id string) (*dyad.StoredDocument, error) {
	var d dyad.StoredDocument
	var status string
	err := s.db.QueryRowContext(ctx, `SELECT id, run_id, status, url, title, source, date, lang, input, input_offset,
		format, cluster, text, original, align, quality, meta FROM documents WHERE id = ?`, id).Scan(
		&d.ID, &d.Run, &status, &d.URL, &d.Title, &d.Source, &dateText{&d.Date}, &d.Lang, &d.Input, &d.InputOffset,
		&d.Format, &d.Cluster, &d.Text, &d.Original, &jsonText{&d.Align}, &jsonText{&d.Quality}, &jsonText{&d.Meta})
	if errors.Is(err, sql.ErrNoRows) {
		return nil, dyad.Errorf(dyad.ENOTFOUND, "document %q not found", id)
	}
	if err != nil {
		return nil, wrap(s.path, "document", err)
	}
	if d.Cluster == d.ID {
		d.Cluster = "" // stored as its own cluster
	}
	if status == "rejected" {
		var r dyad.Reject
		err := s.db.QueryRowContext(ctx, `SELECT input, offset, line, doc_id, reason, kind, detail FROM rejects
			WHERE doc_id = ? ORDER BY id LIMIT 1`, id).Scan(&r.Input, &r.Offset, &r.Line, &r.DocID, &r.Reason, &r.Kind, &r.Detail)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return nil, wrap(s.path, "document", err)
		}
		d.Reject = &r
	}
	rows, err := s.db.QueryContext(ctx, `SELECT sid, idx, start, end, date, text, parse FROM sentences WHERE doc_id = ? ORDER BY idx`, id)
	if err != nil {
		return nil, wrap(s.path, "document", err)
	}
	for rows.Next() {
		st := dyad.Sentence{Doc: id}
		if err := rows.Scan(&st.ID, &st.Index, &st.Span.Start, &st.Span.End, &dateText{&st.Date}, &st.Text, &st.Parse); err != nil {
			rows.Close()
			return nil, wrap(s.path, "document", err)
		}
		d.Sentences = append(d.Sentences, st)
	}
	rows.Close()
	rows, err = s.db.QueryContext(ctx, `SELECT `+mentionCols+` FROM mentions m `+mentionJoins+`
		WHERE m.doc_id = ? ORDER BY s.idx, m.mid`, id)
	if err != nil {
		return nil, wrap(s.path, "document", err)
	}
	defer rows.Close()
	for rows.Next() {
		var m dyad.Mention
		ms := mentionScan{m: &m}
		if err := rows.Scan(ms.dest(nil)...); err != nil {
			return nil, wrap(s.path, "document", err)
		}
		if err := ms.finish(); err != nil {
			return nil, wrap(s.path, "document", err)
		}
		d.Mentions = append(d.Mentions, m)
	}
	return &d, wrap(s.path, "document", rows.Err())
}

// Rejects returns up to n rejects in the order they were recorded.
func (s *DB) Rejects(ctx context.Context, run int64, n int) ([]dyad.Reject, error) {
	if n <= 0 {
		n = dyad.DefaultLimit
	}
	rows, err := s.db.QueryContext(ctx, `SELECT input, offset, line, doc_id, reason, kind, detail FROM rejects
		WHERE ? = 0 OR run_id = ? ORDER BY id LIMIT ?`, run, run, n)
	if err != nil {
		return nil, wrap(s.path, "rejects", err)
	}
	defer rows.Close()
	var out []dyad.Reject
	for rows.Next() {
		var r dyad.Reject
		if err := rows.Scan(&r.Input, &r.Offset, &r.Line, &r.DocID, &r.Reason, &r.Kind, &r.Detail); err != nil {
			return nil, wrap(s.path, "rejects", err)
		}
		out = append(out, r)
	}
	return out, wrap(s.path, "rejects", rows.Err())
}

// Stats counts what the store holds.
func (s *DB) Stats(ctx context.Context) (dyad.StoreStats, error) {
	var st dyad.StoreStats
	var first, last string
	count := func(name string) string { return "(SELECT n FROM counts WHERE name = '" + name + "')" }
	err := s.db.QueryRowContext(ctx, `SELECT `+count("coded")+`, `+count("rejected")+`, `+count("rejects")+`,
		`+count("sentences")+`, `+count("events")+`, `+count("mentions")+`,
		(SELECT count(*) FROM runs),
		coalesce((SELECT min(date) FROM events WHERE date <> ''), ''),
		coalesce((SELECT max(date) FROM events), '')`).Scan(
		&st.Documents, &st.Rejected, &st.Rejects, &st.Sentences, &st.Events, &st.Mentions, &st.Runs, &first, &last)
	if err != nil {
		return st, wrap(s.path, "stats", err)
	}
	st.First, st.Last = parseDay(first), parseDay(last)
	err = s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&st.SchemaVersion)
	return st, wrap(s.path, "stats", err)
}

func parseDay(s string) time.Time {
	t, _ := time.Parse(dyad.DateLayout, s)
	return t
}

// dateText scans a YYYY-MM-DD column into a time ("" → zero).
type dateText struct{ t *time.Time }

func (d *dateText) Scan(v any) error {
	switch x := v.(type) {
	case string:
		*d.t = parseDay(x)
	case []byte:
		*d.t = parseDay(string(x))
	case nil:
		*d.t = time.Time{}
	}
	return nil
}

// jsonText scans a JSON column ("" → left as is).
type jsonText struct{ v any }

func (j *jsonText) Scan(v any) error {
	var b []byte
	switch x := v.(type) {
	case string:
		b = []byte(x)
	case []byte:
		b = x
	}
	if len(b) == 0 {
		return nil
	}
	return json.Unmarshal(b, j.v)
}

// locText scans a JSON location column ("" → nil).
type locText struct{ l **dyad.Location }

func (l *locText) Scan(v any) error {
	var s string
	switch x := v.(type) {
	case string:
		s = x
	case []byte:
		s = string(x)
	}
	if s == "" {
		*l.l = nil
		return nil
	}
	*l.l = new(dyad.Location)
	return json.Unmarshal([]byte(s), *l.l)
}
