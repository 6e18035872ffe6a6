package postgres

import (
	"context"
	"fmt"
	"hash/fnv"
	"sort"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/dyadproject/dyad"
)

// undated is the date column of events without a date: it sorts before every
// real date, as the empty string does in the SQLite store.
var undated = time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)

// batch is a PutResults call made ready in memory: documents once each and
// in id order, their rows, and the months their events fall in.
type batch struct {
	records []*dyad.Reject // records that never became documents
	docs    []*dyad.Result
	rows    map[string]*docRows // by document id, coded documents only
	months  []time.Time
}

// docRows are the rows a coded document adds.
type docRows struct {
	sentences []dyad.Sentence
	mentions  []mentionRow
}

type mentionRow struct {
	ev      *dyad.Event
	key     string // cluster, source, target, code, date joined by keySep
	date    time.Time
	sentIdx int
}

func plan(rs []*dyad.Result) *batch {
	b := &batch{rows: map[string]*docRows{}}
	seen := map[string]bool{}
	months := map[time.Time]bool{}
	for _, r := range rs {
		if r == nil {
			continue
		}
		if r.Doc == nil {
			if r.Reject != nil {
				b.records = append(b.records, r.Reject)
			}
			continue
		}
		if seen[r.Doc.ID] {
			continue
		}
		seen[r.Doc.ID] = true
		if r.Reject == nil {
			rows, why := prepare(r)
			if why != "" {
				r = &dyad.Result{Doc: r.Doc, Reject: &dyad.Reject{Input: r.Doc.Input, Offset: r.Doc.InputOffset,
					DocID: r.Doc.ID, Kind: "rejected", Reason: "store: " + why}}
			} else {
				b.rows[r.Doc.ID] = rows
				for _, m := range rows.mentions {
					if m.date != undated {
						months[time.Date(m.date.Year(), m.date.Month(), 1, 0, 0, 0, 0, time.UTC)] = true
					}
				}
			}
		}
		b.docs = append(b.docs, r)
	}
	sort.Slice(b.docs, func(i, j int) bool { return b.docs[i].Doc.ID < b.docs[j].Doc.ID })
	for m := range months {
		b.months = append(b.months, m)
	}
	sort.Slice(b.months, func(i, j int) bool { return b.months[i].Before(b.months[j]) })
	return b
}

// prepare lists the sentence and mention rows of a coded document, or says
// why the document cannot be stored as coded (the constraints the SQLite
// store finds with its UNIQUE indexes are checked here, so COPY cannot fail
// on them halfway through a batch).
func prepare(r *dyad.Result) (*docRows, string) {
	d := r.Doc
	rows := &docRows{}
	idx := map[int]bool{}
	for _, st := range d.Sentences {
		if idx[st.Index] {
			return nil, fmt.Sprintf("two sentences with index %d", st.Index)
		}
		idx[st.Index] = true
		rows.sentences = append(rows.sentences, st)
	}
	cluster := clusterOf(d)
	mids := map[string]bool{}
	for i := range r.Events {
		ev := &r.Events[i]
		if mids[ev.ID] {
			return nil, fmt.Sprintf("two events with id %q", ev.ID)
		}
		mids[ev.ID] = true
		if !idx[ev.Sentence] { // events of a sentence the document does not list: keep the sentence they carry
			idx[ev.Sentence] = true
			rows.sentences = append(rows.sentences, dyad.Sentence{Index: ev.Sentence, ID: ev.SentenceID, Text: ev.Text, Date: ev.Date})
		}
		date := day(ev.Date)
		if date == "" {
			date = day(d.Date)
		}
		t := undated
		if date != "" {
			t, _ = time.Parse(dyad.DateLayout, date)
		}
		key := strings.Join([]string{clean(cluster), clean(ev.Source.Code), clean(ev.Target.Code), clean(string(ev.Code)), date}, keySep)
		rows.mentions = append(rows.mentions, mentionRow{ev: ev, key: key, date: t, sentIdx: ev.Sentence})
	}
	return rows, ""
}

// ensureMonths creates the event partitions of the months that do not have
// one yet, each in its own short transaction under an advisory lock, before
// the batch's transaction starts.
func (s *DB) ensureMonths(ctx context.Context, months []time.Time) error {
	for _, m := range months {
		name := fmt.Sprintf("events_y%04dm%02d", m.Year(), m.Month())
		s.mu.Lock()
		known := s.months[name]
		s.mu.Unlock()
		if known {
			continue
		}
		err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
			if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock($1)", lockKey("dyad-partition/"+s.schema)); err != nil {
				return err
			}
			var exists bool
			if err := tx.QueryRow(ctx, "SELECT to_regclass($1) IS NOT NULL", name).Scan(&exists); err != nil {
				return err
			}
			if exists {
				return nil
			}
			_, err := tx.Exec(ctx, fmt.Sprintf("CREATE TABLE %s PARTITION OF events FOR VALUES FROM ('%s') TO ('%s')",
				name, m.Format(dyad.DateLayout), m.AddDate(0, 1, 0).Format(dyad.DateLayout)))
			return err
		})
		if err != nil {
			return wrap(s.name, "create partition "+name, err)
		}
		s.mu.Lock()
		s.months[name] = true
		s.mu.Unlock()
	}
	return nil
}

// write is the part of a batch the database accepted as new, being written.
type write struct {
	b      *batch
	run    int64
	stored map[string]bool
	ids    map[string]int64 // event key → id
	// Per event key, what this batch adds.
	events map[string]*eventDelta
	tally  *tally // what it adds to the rollups and counts
}

type eventDelta struct {
	id                      int64
	date                    time.Time
	first                   *dyad.Event // the first mention: code and codebook fields
	cluster                 string
	mentions                int
	docs                    map[string]bool
	sources                 map[string]bool
	added                   string
	repDoc, repMid          string
	repPrecision, repLocate string
	newSources              int
}

func newWrite(b *batch, stored map[string]bool, run int64) *write {
	w := &write{b: b, run: run, stored: stored, ids: map[string]int64{}, events: map[string]*eventDelta{}, tally: newTally()}
	for _, r := range b.docs {
		rows := b.rows[r.Doc.ID]
		switch {
		case !stored[r.Doc.ID]:
			continue
		case r.Reject != nil || rows == nil:
			w.tally.counts["rejected"]++
			continue
		}
		w.tally.counts["coded"]++
		w.tally.counts["sentences"] += int64(len(rows.sentences))
		w.tally.counts["mentions"] += int64(len(rows.mentions))
		d := r.Doc
		for _, m := range rows.mentions {
			e := w.events[m.key]
			if e == nil {
				e = &eventDelta{date: m.date, first: m.ev, cluster: clusterOf(d), docs: map[string]bool{}, sources: map[string]bool{},
					repDoc: d.ID, repMid: m.ev.ID, repPrecision: m.ev.DatePrecision, repLocate: jsonOrEmpty(m.ev.Location, m.ev.Location != nil)}
				w.events[m.key] = e
			} else if d.ID < e.repDoc || d.ID == e.repDoc && m.ev.ID < e.repMid {
				e.repDoc, e.repMid, e.repPrecision, e.repLocate = d.ID, m.ev.ID, m.ev.DatePrecision, jsonOrEmpty(m.ev.Location, m.ev.Location != nil)
			}
			e.mentions++
			e.docs[d.ID] = true
			e.sources[d.Source] = true
			if dd := day(d.Date); dd != "" && (e.added == "" || dd < e.added) {
				e.added = dd
			}
		}
	}
	return w
}

// rejects records the reject of each newly stored rejected document.
func (w *write) rejects(ctx context.Context, tx pgx.Tx) error {
	var q pgx.Batch
	for _, r := range w.b.docs {
		if r.Reject == nil || !w.stored[r.Doc.ID] {
			continue
		}
		rj := *r.Reject
		if rj.DocID == "" {
			rj.DocID = r.Doc.ID
		}
		q.Queue(insertReject+` RETURNING id`, rejectArgs(w.run, rj)...)
	}
	return sendBatch(ctx, tx, &q, 0, func(rows pgx.Rows) error {
		for rows.Next() {
			w.tally.counts["rejects"]++
		}
		return rows.Err()
	})
}

// sortedKeys returns the event keys of the batch in order.
func (w *write) sortedKeys() []string {
	keys := make([]string, 0, len(w.events))
	for k := range w.events {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// eventIDs finds or allocates the id of every event key of the batch: a
// hash of the key below 2^53 (the SQLite store's ids, so both stores give an
// event the same id), probing upwards on the rare collision.
func (w *write) eventIDs(ctx context.Context, tx pgx.Tx) error {
	keys := w.sortedKeys()
	var q pgx.Batch
	for _, k := range keys {
		q.Queue(`INSERT INTO event_keys(id, key, date) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, hashID(k), k, w.events[k].date)
	}
	for _, k := range keys {
		q.Queue(`SELECT id FROM event_keys WHERE key = $1`, k)
	}
	i := 0
	err := sendBatch(ctx, tx, &q, len(keys), func(rows pgx.Rows) error {
		k := keys[i]
		i++
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				return err
			}
			w.ids[k] = id
		}
		return rows.Err()
	})
	if err != nil {
		return err
	}
	for _, k := range keys {
		if _, ok := w.ids[k]; ok {
			continue
		}
		// The hash is taken by another key: probe.
		id := hashID(k)
		for {
			id = (id + 1) & (1<<53 - 1)
			if id == 0 {
				id = 1
			}
			tag, err := tx.Exec(ctx, `INSERT INTO event_keys(id, key, date) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, id, k, w.events[k].date)
			if err != nil {
				return err
			}
			if tag.RowsAffected() == 1 {
				break
			}
			var got int64
			if err := tx.QueryRow(ctx, `SELECT id FROM event_keys WHERE key = $1`, k).Scan(&got); err == nil {
				id = got // a concurrent writer allocated it meanwhile
				break
			}
		}
		w.ids[k] = id
	}
	for k, e := range w.events {
		e.id = w.ids[k]
	}
	return nil
}

// keySep joins the parts of an event key as stored (PostgreSQL text holds
// no NUL); ids hash the parts joined by NUL, as the SQLite store does.
const keySep = "\x1f"

func hashID(key string) int64 {
	h := fnv.New64a()
	h.Write([]byte(strings.ReplaceAll(key, keySep, "\x00")))
	id := int64(h.Sum64() & (1<<53 - 1))
	if id == 0 {
		id = 1
	}
	return id
}

// putEvents adds the batch's publishers, counts, topics and actors to the
// events, in key order.
func (w *write) putEvents(ctx context.Context, tx pgx.Tx) error {
	keys := w.sortedKeys()
	sort.Slice(keys, func(i, j int) bool { return w.events[keys[i]].id < w.events[keys[j]].id })
	type src struct {
		id  int64
		src string
	}
	var srcs []src
	for _, k := range keys {
		e := w.events[k]
		for s := range e.sources {
			srcs = append(srcs, src{e.id, s})
		}
	}
	sort.Slice(srcs, func(i, j int) bool {
		return srcs[i].id < srcs[j].id || srcs[i].id == srcs[j].id && srcs[i].src < srcs[j].src
	})
	byID := map[int64]*eventDelta{}
	for _, e := range w.events {
		byID[e.id] = e
	}
	var q pgx.Batch
	for _, s := range srcs {
		q.Queue(`INSERT INTO event_sources(event_id, source) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING event_id`, s.id, s.src)
	}
	err := sendBatch(ctx, tx, &q, 0, func(rows pgx.Rows) error {
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				return err
			}
			byID[id].newSources++
		}
		return rows.Err()
	})
	if err != nil {
		return err
	}

	q = pgx.Batch{}
	for _, k := range keys {
		e := w.events[k]
		ev := e.first
		root := ev.Root
		if root == "" {
			root = ev.Code.Root()
		}
		q.Queue(`INSERT INTO events AS e (id, cluster, source, target, code, root, quad, goldstein, name, plover, date,
			date_precision, location, added, num_mentions, num_sources, num_articles, rep_doc, rep_mid)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
			ON CONFLICT (id, date) DO UPDATE SET
				num_mentions = e.num_mentions + excluded.num_mentions,
				num_sources = e.num_sources + excluded.num_sources,
				num_articles = e.num_articles + excluded.num_articles,
				added = CASE WHEN excluded.added <> '' AND (e.added = '' OR excluded.added < e.added) THEN excluded.added ELSE e.added END,
				date_precision = CASE WHEN (excluded.rep_doc, excluded.rep_mid) < (e.rep_doc, e.rep_mid) THEN excluded.date_precision ELSE e.date_precision END,
				location = CASE WHEN (excluded.rep_doc, excluded.rep_mid) < (e.rep_doc, e.rep_mid) THEN excluded.location ELSE e.location END,
				rep_mid = CASE WHEN (excluded.rep_doc, excluded.rep_mid) < (e.rep_doc, e.rep_mid) THEN excluded.rep_mid ELSE e.rep_mid END,
				rep_doc = CASE WHEN (excluded.rep_doc, excluded.rep_mid) < (e.rep_doc, e.rep_mid) THEN excluded.rep_doc ELSE e.rep_doc END
			RETURNING e.date, e.source, e.target, e.root, e.quad, e.goldstein, e.num_mentions`,
			e.id, e.cluster, ev.Source.Code, ev.Target.Code, string(ev.Code), root, ev.Quad, ev.Goldstein, ev.Name, ev.PLOVER, e.date,
			e.repPrecision, e.repLocate, e.added, e.mentions, e.newSources, len(e.docs), e.repDoc, e.repMid)
	}
	// Each event as stored goes to the rollups: new when its mention count
	// is this batch's alone (a stored event has at least one mention).
	i := 0
	err = sendBatch(ctx, tx, &q, 0, func(rows pgx.Rows) error {
		e := w.events[keys[i]]
		i++
		for rows.Next() {
			var date time.Time
			var source, target, root string
			var quad int32
			var gold float64
			var n int
			if err := rows.Scan(&date, &source, &target, &root, &quad, &gold, &n); err != nil {
				return err
			}
			w.tally.event(date, source, target, root, quad, gold, n == e.mentions, e.mentions)
		}
		return rows.Err()
	})
	if err != nil {
		return err
	}
	q = pgx.Batch{}

	type topic struct {
		t  string
		id int64
	}
	seenTopic := map[topic]bool{}
	var topics []topic
	type actorKey struct{ code, text string }
	actors := map[actorKey]*[2]int{}
	for _, r := range w.b.docs {
		rows := w.b.rows[r.Doc.ID]
		if !w.stored[r.Doc.ID] || rows == nil {
			continue
		}
		for _, m := range rows.mentions {
			id := w.ids[m.key]
			for _, t := range m.ev.Topics {
				if k := (topic{t, id}); !seenTopic[k] {
					seenTopic[k] = true
					topics = append(topics, k)
				}
			}
			for side, a := range []dyad.Actor{m.ev.Source, m.ev.Target} {
				// A side counts its own mention and those it
				// stands for besides (Actor.Also), as sqlite does.
				for x := range a.Mentions() {
					if x.Code == "" {
						continue
					}
					k := actorKey{x.Code, x.Text}
					if actors[k] == nil {
						actors[k] = &[2]int{}
					}
					actors[k][side]++
				}
			}
		}
	}
	sort.Slice(topics, func(i, j int) bool {
		return topics[i].t < topics[j].t || topics[i].t == topics[j].t && topics[i].id < topics[j].id
	})
	for _, t := range topics {
		q.Queue(`INSERT INTO event_topics(topic, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, t.t, t.id)
	}
	ak := make([]actorKey, 0, len(actors))
	for k := range actors {
		ak = append(ak, k)
	}
	sort.Slice(ak, func(i, j int) bool {
		return ak[i].code < ak[j].code || ak[i].code == ak[j].code && ak[i].text < ak[j].text
	})
	for _, k := range ak {
		c := actors[k]
		q.Queue(`INSERT INTO actors AS a (code, text, as_source, as_target) VALUES ($1, $2, $3, $4)
			ON CONFLICT (code, text) DO UPDATE SET as_source = a.as_source + excluded.as_source, as_target = a.as_target + excluded.as_target`,
			k.code, k.text, c[0], c[1])
	}
	return sendBatch(ctx, tx, &q, q.Len(), nil)
}

// copy loads the sentences and mentions of the new documents with COPY.
func (w *write) copy(ctx context.Context, tx pgx.Tx) error {
	var sents, ments [][]any
	for _, r := range w.b.docs {
		rows := w.b.rows[r.Doc.ID]
		if !w.stored[r.Doc.ID] || rows == nil {
			continue
		}
		d := r.Doc
		for _, st := range rows.sentences {
			sents = append(sents, []any{d.ID, st.Index, st.ID, st.Span.Start, st.Span.End, day(st.Date), st.Text, st.Parse})
		}
		for _, m := range rows.mentions {
			data, err := encodeMention(m.ev)
			if err != nil {
				return err
			}
			ments = append(ments, []any{d.ID, m.ev.ID, w.ids[m.key], m.date, m.sentIdx, d.Source, w.run, string(data)})
		}
	}
	if len(sents) > 0 {
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{"sentences"}, []string{"doc_id", "idx", "sid", "start", "end", "date", "text", "parse"},
			pgx.CopyFromRows(sents)); err != nil {
			return err
		}
	}
	if len(ments) > 0 {
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{"mentions"}, []string{"doc_id", "mid", "event_id", "event_date", "sent_idx", "doc_source", "run_id", "data"},
			pgx.CopyFromRows(ments)); err != nil {
			return err
		}
	}
	return nil
}
