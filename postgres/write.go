package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/dyadproject/dyad"
)

// BeginRun records the start of an ingest run (or of one worker's share of
// a distributed one).
func (s *DB) BeginRun(ctx context.Context, r dyad.Run) (int64, error) {
	if r.Started.IsZero() {
		r.Started = time.Now()
	}
	inputs, _ := json.Marshal(append([]string{}, r.Inputs...))
	var id int64
	err := s.pool.QueryRow(ctx, `INSERT INTO runs(started, inputs, version, dict_version) VALUES ($1, $2, $3, $4) RETURNING id`,
		r.Started.UTC(), string(inputs), r.Version, r.DictVersion).Scan(&id)
	return id, wrap(s.name, "begin run", err)
}

// FinishRun records the end of a run and its counts.
func (s *DB) FinishRun(ctx context.Context, id int64, sum dyad.RunSummary) error {
	if sum.Finished.IsZero() {
		sum.Finished = time.Now()
	}
	b, _ := json.Marshal(sum)
	tag, err := s.pool.Exec(ctx, `UPDATE runs SET finished = $1, summary = $2 WHERE id = $3`, sum.Finished.UTC(), string(b), id)
	if err != nil {
		return wrap(s.name, "finish run", err)
	}
	if tag.RowsAffected() == 0 {
		return dyad.Errorf(dyad.ENOTFOUND, "postgres: %s: no run %d", s.name, id)
	}
	return nil
}

// HasDocument reports whether a document is stored.
func (s *DB) HasDocument(ctx context.Context, id string) (bool, error) {
	var ok bool
	err := s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM documents WHERE id = $1)`, clean(id)).Scan(&ok)
	return ok, wrap(s.name, "has document", err)
}

const insertReject = `INSERT INTO rejects(run_id, input, "offset", line, doc_id, reason, kind, detail)
	VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`

// PutReject records a reject once, counts it when it is new, and says
// whether run recorded it.
func (s *DB) PutReject(ctx context.Context, run int64, r dyad.Reject) (bool, error) {
	args := rejectArgs(run, r)
	tag, err := s.pool.Exec(ctx, `WITH ins AS (`+insertReject+` RETURNING id)
		INSERT INTO counts AS c (name, slot, n) SELECT 'rejects', $9, count(*) FROM ins HAVING count(*) > 0
		ON CONFLICT (name, slot) DO UPDATE SET n = c.n + excluded.n`, append(args, rand.Int32N(countSlots))...)
	if err != nil {
		return false, wrap(s.name, "put reject", err)
	}
	if tag.RowsAffected() == 1 {
		return true, nil
	}
	var by int64
	err = s.pool.QueryRow(ctx, `SELECT run_id FROM rejects WHERE input = $1 AND "offset" = $2 AND doc_id = $3 AND reason = $4`,
		clean(r.Input), r.Offset, clean(r.DocID), clean(r.Reason)).Scan(&by)
	return by == run, wrap(s.name, "put reject", err)
}

func rejectArgs(run int64, r dyad.Reject) []any {
	return []any{run, clean(r.Input), r.Offset, r.Line, clean(r.DocID), clean(r.Reason), clean(r.Kind), clean(r.Detail)}
}

// PutResults stores a batch of documents in one transaction, safely beside
// other writers: documents are claimed by INSERT ... ON CONFLICT DO NOTHING,
// events are counted up by increments under row locks, and every table is
// written in key order so concurrent batches do not deadlock. Sentences and
// mentions go in with COPY. When the database refuses the batch's data (a
// NUL byte, say), each document is stored on its own, and one the database
// refuses is stored as rejected with the reason.
func (s *DB) PutResults(ctx context.Context, run int64, rs []*dyad.Result) (int, error) {
	b := plan(rs)
	if err := s.ensureMonths(ctx, b.months); err != nil {
		return 0, err
	}
	n, err := s.putRetry(ctx, run, b)
	if err == nil || !dataError(err) || ctx.Err() != nil {
		return n, wrap(s.name, "put results", err)
	}
	n = 0
	for _, r := range rs {
		one := plan([]*dyad.Result{r})
		k, err := s.putRetry(ctx, run, one)
		if err != nil && dataError(err) && r != nil && r.Doc != nil {
			d := *r.Doc
			d.Text, d.Original, d.Title, d.URL = clean(d.Text), clean(d.Original), clean(d.Title), clean(d.URL)
			d.Align, d.Meta, d.Sentences = nil, nil, nil
			rej := &dyad.Reject{Input: d.Input, Offset: d.InputOffset, DocID: d.ID, Kind: "rejected", Reason: "store: " + err.Error()}
			k, err = s.putRetry(ctx, run, plan([]*dyad.Result{{Doc: &d, Reject: rej}}))
		}
		if err != nil {
			return n, wrap(s.name, "put results", err)
		}
		n += k
	}
	return n, nil
}

// putRetry runs put, again when PostgreSQL chose it as a deadlock victim.
func (s *DB) putRetry(ctx context.Context, run int64, b *batch) (int, error) {
	for attempt := 0; ; attempt++ {
		n, err := s.put(ctx, run, b)
		var pe *pgconn.PgError
		if err == nil || attempt == 4 || !errors.As(err, &pe) || (pe.Code != "40P01" && pe.Code != "40001") {
			return n, err
		}
		time.Sleep(time.Duration(10*(attempt+1)) * time.Millisecond)
	}
}

// dataError reports whether the database refused the data itself (classes
// 22 data exception, 23 integrity violation, 54 program limit exceeded).
func dataError(err error) bool {
	var pe *pgconn.PgError
	if !errors.As(err, &pe) {
		return false
	}
	c := pe.Code[:2]
	return c == "22" || c == "23" || c == "54"
}

func (s *DB) put(ctx context.Context, run int64, b *batch) (int, error) {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback(context.WithoutCancel(ctx))

	// Claim the documents; those stored before (or by a concurrent writer
	// that committed first) return no row.
	var q pgx.Batch
	for _, r := range b.records {
		q.Queue(insertReject+` RETURNING 'reject'`, rejectArgs(run, *r)...)
	}
	for _, r := range b.docs {
		d := r.Doc
		status := "coded"
		if r.Reject != nil {
			status = "rejected"
		}
		q.Queue(`INSERT INTO documents(id, run_id, status, url, title, source, date, lang,
			input, input_offset, format, cluster, text, original, align, quality, meta, signature)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
			ON CONFLICT (id) DO NOTHING RETURNING id`,
			d.ID, run, status, d.URL, d.Title, d.Source, day(d.Date), d.Lang, d.Input, d.InputOffset, d.Format,
			clusterOf(d), d.Text, d.Original, jsonOrEmpty(d.Align, len(d.Align) > 0),
			jsonOrEmpty(d.Quality, d.Quality != nil), jsonOrEmpty(d.Meta, len(d.Meta) > 0), blobOrNull(d.Signature))
	}
	stored := map[string]bool{}
	records, i := 0, 0
	err = sendBatch(ctx, tx, &q, 0, func(rows pgx.Rows) error {
		record := i < len(b.records)
		i++
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				return err
			}
			if record {
				records++
			} else {
				stored[id] = true
			}
		}
		return rows.Err()
	})
	if err != nil {
		return 0, err
	}
	w := newWrite(b, stored, run)
	w.tally.counts["rejects"] += int64(records)
	if err := w.rejects(ctx, tx); err != nil {
		return 0, err
	}
	if err := w.eventIDs(ctx, tx); err != nil {
		return 0, err
	}
	if err := w.putEvents(ctx, tx); err != nil {
		return 0, err
	}
	if err := w.copy(ctx, tx); err != nil {
		return 0, err
	}
	if err := w.tally.write(ctx, tx); err != nil {
		return 0, err
	}
	return len(stored), tx.Commit(ctx)
}

// sendBatch sends q and reads its results: the first skip as plain
// statements, the others with each.
func sendBatch(ctx context.Context, tx pgx.Tx, q *pgx.Batch, skip int, each func(pgx.Rows) error) error {
	if q.Len() == 0 {
		return nil
	}
	br := tx.SendBatch(ctx, q)
	for i := 0; i < q.Len(); i++ {
		if i < skip || each == nil {
			if _, err := br.Exec(); err != nil {
				br.Close()
				return err
			}
			continue
		}
		rows, err := br.Query()
		if err != nil {
			br.Close()
			return err
		}
		err = each(rows)
		rows.Close()
		if err != nil {
			br.Close()
			return err
		}
	}
	return br.Close()
}

// clean makes a string storable in a PostgreSQL text column: valid UTF-8
// without NUL bytes.
func clean(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.ReplaceAll(s, "\x00", "\uFFFD")
}

// day formats a date as YYYY-MM-DD, "" for the zero time.
func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(dyad.DateLayout)
}

func clusterOf(d *dyad.Document) string {
	if d.Cluster != "" {
		return d.Cluster
	}
	return d.ID
}

func jsonOrEmpty(v any, ok bool) string {
	if !ok {
		return ""
	}
	b, err := json.Marshal(v)
	if err != nil {
		return ""
	}
	return string(b)
}
