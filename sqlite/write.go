package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"hash/fnv"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
)

// BeginRun records the start of an ingest run.
func (s *DB) BeginRun(ctx context.Context, r dyad.Run) (int64, error) {
	if r.Started.IsZero() {
		r.Started = time.Now()
	}
	inputs, _ := json.Marshal(append([]string{}, r.Inputs...))
	res, err := s.db.ExecContext(ctx, `INSERT INTO runs(started, inputs, version, dict_version) VALUES (?, ?, ?, ?)`,
		r.Started.UTC().Format(time.RFC3339), string(inputs), r.Version, r.DictVersion)
	if err != nil {
		return 0, wrap(s.path, "begin run", err)
	}
	return res.LastInsertId()
}

// FinishRun records the end of a run and its counts.
func (s *DB) FinishRun(ctx context.Context, id int64, sum dyad.RunSummary) error {
	if sum.Finished.IsZero() {
		sum.Finished = time.Now()
	}
	b, _ := json.Marshal(sum)
	res, err := s.db.ExecContext(ctx, `UPDATE runs SET finished = ?, summary = ? WHERE id = ?`,
		sum.Finished.UTC().Format(time.RFC3339), string(b), id)
	if err != nil {
		return wrap(s.path, "finish run", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return dyad.Errorf(dyad.ENOTFOUND, "sqlite: %s: no run %d", s.path, id)
	}
	return nil
}

// HasDocument reports whether a document is stored.
func (s *DB) HasDocument(ctx context.Context, id string) (bool, error) {
	var one int
	err := s.db.QueryRowContext(ctx, `SELECT 1 FROM documents WHERE id = ?`, id).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, wrap(s.path, "has document", err)
}

const (
	insertDocument = `INSERT INTO documents(id, run_id, status, url, title, source, date, lang,
		input, input_offset, format, cluster, text, original, align, quality, meta)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING`
	insertSignedDocument = `INSERT INTO documents(id, run_id, status, url, title, source, date, lang,
		input, input_offset, format, cluster, text, original, align, quality, meta, signature)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING`
)

// PutReject records a reject once and says whether run recorded it.
func (s *DB) PutReject(ctx context.Context, run int64, r dyad.Reject) (bool, error) {
	res, err := s.db.ExecContext(ctx, insertReject, run, r.Input, r.Offset, r.Line, r.DocID, r.Reason, r.Kind, r.Detail)
	if err != nil {
		return false, wrap(s.path, "put reject", err)
	}
	if n, err := res.RowsAffected(); err == nil && n == 1 {
		return true, nil
	}
	var by int64
	err = s.db.QueryRowContext(ctx, `SELECT run_id FROM rejects WHERE input = ? AND offset = ? AND doc_id = ? AND reason = ?`,
		r.Input, r.Offset, r.DocID, r.Reason).Scan(&by)
	return by == run, wrap(s.path, "put reject", err)
}

const insertReject = `INSERT INTO rejects(run_id, input, offset, line, doc_id, reason, kind, detail)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`

// PutResults stores a batch of documents in one transaction. A document that
// cannot be stored (say, two sentences with one index) is stored as rejected
// instead, and the batch goes on: the batch is then redone with a savepoint
// per document. (Savepoints are not used on the fast path because each one
// makes FTS5 flush its pending index.)
func (s *DB) PutResults(ctx context.Context, run int64, rs []*dyad.Result) (int, error) {
	n, err := s.put(ctx, run, rs, false)
	var de *docError
	if errors.As(err, &de) && ctx.Err() == nil {
		n, err = s.put(ctx, run, rs, true)
	}
	return n, wrap(s.path, "put results", err)
}

// docError is the failure to store one document.
type docError struct{ err error }

func (e *docError) Error() string { return e.err.Error() }
func (e *docError) Unwrap() error { return e.err }

func (s *DB) put(ctx context.Context, run int64, rs []*dyad.Result, careful bool) (int, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	w := &writer{tx: tx, run: run, touched: map[int64]bool{}}
	defer w.close()
	n := 0
	for _, r := range rs {
		if r == nil || r.Doc == nil {
			if r != nil && r.Reject != nil {
				if _, err := w.exec(ctx, insertReject, run, r.Reject.Input, r.Reject.Offset, r.Reject.Line, r.Reject.DocID, r.Reject.Reason, r.Reject.Kind, r.Reject.Detail); err != nil {
					return 0, err
				}
			}
			continue
		}
		if careful {
			if _, err := tx.ExecContext(ctx, "SAVEPOINT doc"); err != nil {
				return 0, err
			}
		}
		added, err := w.putDocument(ctx, r)
		if err != nil {
			if !careful || ctx.Err() != nil {
				return 0, &docError{err}
			}
			// Undo this document only and keep it as a reject.
			if _, err2 := tx.ExecContext(ctx, "ROLLBACK TO doc"); err2 != nil {
				return 0, err2
			}
			rej := &dyad.Reject{Input: r.Doc.Input, Offset: r.Doc.InputOffset, DocID: r.Doc.ID, Kind: "rejected", Reason: "store: " + err.Error()}
			added, err = w.putDocument(ctx, &dyad.Result{Doc: r.Doc, Reject: rej})
			if err != nil {
				return 0, err
			}
		}
		if careful {
			if _, err := tx.ExecContext(ctx, "RELEASE doc"); err != nil {
				return 0, err
			}
		}
		if added {
			n++
		}
	}
	if s.rollups {
		if err := w.noteTouched(ctx); err != nil {
			return 0, err
		}
	}
	if err := w.recount(ctx); err != nil {
		return 0, err
	}
	if s.rollups {
		if err := w.addToRollups(ctx); err != nil {
			return 0, err
		}
	}
	if w.firstSentence > 0 {
		if _, err := tx.ExecContext(ctx, `INSERT INTO sentences_fts(rowid, text) SELECT id, text FROM sentences WHERE id >= ?`, w.firstSentence); err != nil {
			return 0, err
		}
	}
	return n, tx.Commit()
}

// writer stores the documents of one transaction and remembers which events
// it touched so their counts are recomputed once at the end.
type writer struct {
	tx      *sql.Tx
	run     int64
	touched map[int64]bool
	stmts   map[string]*sql.Stmt
	// firstSentence is the row id of the first sentence stored by the
	// transaction; the full-text index takes them all at its end.
	firstSentence int64
}

// exec runs a statement, preparing it once per transaction.
func (w *writer) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	st, err := w.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

func (w *writer) queryRow(ctx context.Context, query string, args ...any) *sql.Row {
	st, err := w.stmt(ctx, query)
	if err != nil {
		return w.tx.QueryRowContext(ctx, query, args...) // reports the same error
	}
	return st.QueryRowContext(ctx, args...)
}

func (w *writer) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if st := w.stmts[query]; st != nil {
		return st, nil
	}
	st, err := w.tx.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	if w.stmts == nil {
		w.stmts = map[string]*sql.Stmt{}
	}
	w.stmts[query] = st
	return st, nil
}

func (w *writer) close() {
	for _, st := range w.stmts {
		st.Close()
	}
}

func (w *writer) putDocument(ctx context.Context, r *dyad.Result) (bool, error) {
	d := r.Doc
	status := "coded"
	if r.Reject != nil {
		status = "rejected"
	}
	cluster := clusterOf(d)
	args := []any{d.ID, w.run, status, d.URL, d.Title, d.Source, day(d.Date), d.Lang,
		d.Input, d.InputOffset, d.Format, cluster, d.Text, d.Original,
		jsonOrEmpty(d.Align, len(d.Align) > 0), jsonOrEmpty(d.Quality, d.Quality != nil), jsonOrEmpty(d.Meta, len(d.Meta) > 0)}
	q := insertDocument
	if len(d.Signature) > 0 {
		// Only then: documents without one are written by the statement
		// every schema version has.
		q, args = insertSignedDocument, append(args, d.Signature)
	}
	res, err := w.exec(ctx, q, args...)
	if err != nil {
		return false, err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return false, nil // stored before: idempotent
	}
	if r.Reject != nil {
		rj := *r.Reject
		if rj.DocID == "" {
			rj.DocID = d.ID
		}
		_, err := w.exec(ctx, insertReject, w.run, rj.Input, rj.Offset, rj.Line, rj.DocID, rj.Reason, rj.Kind, rj.Detail)
		return true, err
	}
	sents := map[int]int64{} // sentence index → row id
	for _, st := range d.Sentences {
		id, err := w.putSentence(ctx, d.ID, st)
		if err != nil {
			return false, err
		}
		sents[st.Index] = id
	}
	for i := range r.Events {
		ev := &r.Events[i]
		sid, ok := sents[ev.Sentence]
		if !ok { // events of a sentence the document does not list: keep the sentence they carry
			sid, err = w.putSentence(ctx, d.ID, dyad.Sentence{Index: ev.Sentence, ID: ev.SentenceID, Text: ev.Text, Date: ev.Date})
			if err != nil {
				return false, err
			}
			sents[ev.Sentence] = sid
		}
		if err := w.putMention(ctx, d, cluster, sid, ev); err != nil {
			return false, err
		}
	}
	return true, nil
}

func (w *writer) putSentence(ctx context.Context, doc string, st dyad.Sentence) (int64, error) {
	res, err := w.exec(ctx, `INSERT INTO sentences(sid, doc_id, idx, start, end, date, text, parse)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, st.ID, doc, st.Index, st.Span.Start, st.Span.End, day(st.Date), st.Text, st.Parse)
	if err != nil {
		return 0, err
	}
	id, err := res.LastInsertId()
	if w.firstSentence == 0 {
		w.firstSentence = id
	}
	return id, err
}

// putMention stores one coded event as a mention of the deduplicated event
// with its key, creating that event when it is new.
func (w *writer) putMention(ctx context.Context, d *dyad.Document, cluster string, sid int64, ev *dyad.Event) error {
	date := day(ev.Date)
	if date == "" {
		date = day(d.Date)
	}
	root := ev.Root
	if root == "" {
		root = ev.Code.Root()
	}
	key := strings.Join([]string{cluster, ev.Source.Code, ev.Target.Code, string(ev.Code), date}, "\x00")
	loc := jsonOrEmpty(ev.Location, ev.Location != nil)

	var id int64
	var repDoc, repMid string
	err := w.queryRow(ctx, `SELECT id, rep_doc, rep_mid FROM events WHERE key = ?`, key).Scan(&id, &repDoc, &repMid)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		id, err = w.freeID(ctx, key)
		if err != nil {
			return err
		}
		_, err = w.exec(ctx, `INSERT INTO events(id, key, cluster, source, target, code, root, quad, goldstein,
			name, plover, date, date_precision, location, rep_doc, rep_mid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			id, key, cluster, ev.Source.Code, ev.Target.Code, string(ev.Code), root, ev.Quad, ev.Goldstein,
			ev.Name, ev.PLOVER, date, ev.DatePrecision, loc, d.ID, ev.ID)
		if err != nil {
			return err
		}
	case err != nil:
		return err
	case d.ID < repDoc || d.ID == repDoc && ev.ID < repMid:
		// The representative is the smallest mention, whatever the order
		// documents arrive in, so every run builds the same store.
		_, err = w.exec(ctx, `UPDATE events SET date_precision = ?, location = ?, rep_doc = ?, rep_mid = ? WHERE id = ?`,
			ev.DatePrecision, loc, d.ID, ev.ID, id)
		if err != nil {
			return err
		}
	}
	w.touched[id] = true

	b, err := encodeMention(ev)
	if err != nil {
		return err
	}
	if _, err := w.exec(ctx, `INSERT INTO mentions(mid, event_id, doc_id, sentence_id, doc_source, run_id, data)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, ev.ID, id, d.ID, sid, d.Source, w.run, string(b)); err != nil {
		return err
	}
	for _, t := range ev.Topics {
		if _, err := w.exec(ctx, `INSERT INTO event_topics(topic, event_id) VALUES (?, ?) ON CONFLICT DO NOTHING`, t, id); err != nil {
			return err
		}
	}
	if err := w.putActor(ctx, ev.Source, 1, 0); err != nil {
		return err
	}
	return w.putActor(ctx, ev.Target, 0, 1)
}

// putActor counts a mention's side in the actors table (src, tgt say which
// side), with the mentions it stands for besides its own (Actor.Also): a
// person an event names as an also-mention is an actor of it as much as
// the one its side names first.
func (w *writer) putActor(ctx context.Context, a dyad.Actor, src, tgt int) error {
	for x := range a.Mentions() {
		if x.Code == "" {
			continue
		}
		if _, err := w.exec(ctx, `INSERT INTO actors(code, text, as_source, as_target) VALUES (?, ?, ?, ?)
			ON CONFLICT(code, text) DO UPDATE SET as_source = as_source + excluded.as_source, as_target = as_target + excluded.as_target`,
			x.Code, x.Text, src, tgt); err != nil {
			return err
		}
	}
	return nil
}

// freeID returns the id of a new event: a hash of its key below 2^53 (so it
// survives JSON numbers in browsers), probing upwards on the rare collision.
func (w *writer) freeID(ctx context.Context, key string) (int64, error) {
	h := fnv.New64a()
	h.Write([]byte(key))
	id := int64(h.Sum64() & (1<<53 - 1))
	for {
		if id == 0 {
			id = 1
		}
		var one int
		err := w.queryRow(ctx, `SELECT 1 FROM events WHERE id = ?`, id).Scan(&one)
		if errors.Is(err, sql.ErrNoRows) {
			return id, nil
		}
		if err != nil {
			return 0, err
		}
		id = (id + 1) & (1<<53 - 1)
	}
}

// recount sets the counts of the events the batch touched, as GDELT counts
// them: mentions, distinct documents, distinct publishers.
func (w *writer) recount(ctx context.Context) error {
	stmt, err := w.tx.PrepareContext(ctx, `UPDATE events SET
		num_mentions = (SELECT count(*) FROM mentions WHERE event_id = events.id),
		num_articles = (SELECT count(DISTINCT doc_id) FROM mentions WHERE event_id = events.id),
		num_sources  = (SELECT count(DISTINCT doc_source) FROM mentions WHERE event_id = events.id),
		added = coalesce((SELECT min(d.date) FROM mentions m JOIN documents d ON d.id = m.doc_id
			WHERE m.event_id = events.id AND d.date <> ''), '')
		WHERE id = ?`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for id := range w.touched {
		if _, err := stmt.ExecContext(ctx, id); err != nil {
			return err
		}
	}
	return nil
}

// clusterOf is the story cluster of a document, itself when it has none.
func clusterOf(d *dyad.Document) string {
	if d.Cluster != "" {
		return d.Cluster
	}
	return d.ID
}

// day formats a date as YYYY-MM-DD, "" for the zero time.
func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(dyad.DateLayout)
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
