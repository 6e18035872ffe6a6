package postgres

import (
	"encoding/json"
	"time"

	"github.com/dyadproject/dyad"
)

// mentionData is what a mention stores beyond its columns and the fields it
// shares with its event and sentence; the same JSON as the SQLite store's.
type mentionData struct {
	Source        dyad.Actor     `json:"s"`
	Target        dyad.Actor     `json:"t"`
	Verb          dyad.Span      `json:"v"`
	VerbText      string         `json:"vt,omitempty"`
	Pattern       string         `json:"p,omitempty"`
	Date          string         `json:"d,omitempty"`
	DatePrecision string         `json:"dp,omitempty"`
	DateText      string         `json:"dt,omitempty"`
	Location      *dyad.Location `json:"l,omitempty"`
	Topics        []string       `json:"tp,omitempty"`
}

func encodeMention(ev *dyad.Event) ([]byte, error) {
	return json.Marshal(&mentionData{Source: ev.Source, Target: ev.Target, Verb: ev.Verb, VerbText: ev.VerbText,
		Pattern: ev.Pattern, Date: day(ev.Date), DatePrecision: ev.DatePrecision, DateText: ev.DateText,
		Location: ev.Location, Topics: ev.Topics})
}

// mentionCols are the columns a mentionScan reads, from mentions m,
// sentences s, documents d, runs r and the mention's event me.
const mentionCols = `m.event_id, m.mid, m.doc_id, m.data, m.doc_source, m.run_id, s.sid, s.idx, s.text, s.start, s."end",
	d.url, d.title, d.date, coalesce(r.dict_version, ''), me.code, me.root, me.quad, me.goldstein, me.name, me.plover, me.cluster`

const mentionJoins = `JOIN sentences s ON s.doc_id = m.doc_id AND s.idx = m.sent_idx
	JOIN documents d ON d.id = m.doc_id
	JOIN events me ON me.id = m.event_id AND me.date = m.event_date
	LEFT JOIN runs r ON r.id = m.run_id`

type mentionScan struct {
	m       *dyad.Mention
	data    string
	docDate string
}

func (ms *mentionScan) dest(dst []any) []any {
	m := ms.m
	e := &m.Event
	return append(dst, &m.EventID, &e.ID, &e.Doc, &ms.data, &m.DocSource, &m.Run, &e.SentenceID, &e.Sentence, &e.Text,
		&m.SentenceSpan.Start, &m.SentenceSpan.End, &m.DocURL, &m.DocTitle, &ms.docDate, &m.DictVersion,
		(*string)(&e.Code), &e.Root, &e.Quad, &e.Goldstein, &e.Name, &e.PLOVER, &e.Cluster)
}

func (ms *mentionScan) finish() error {
	var d mentionData
	if err := json.Unmarshal([]byte(ms.data), &d); err != nil {
		return err
	}
	ms.m.DocDate = parseDay(ms.docDate)
	e := &ms.m.Event
	e.Source, e.Target, e.Verb, e.VerbText, e.Pattern = d.Source, d.Target, d.Verb, d.VerbText, d.Pattern
	e.Date, e.DatePrecision, e.DateText, e.Location, e.Topics = parseDay(d.Date), d.DatePrecision, d.DateText, d.Location, d.Topics
	if e.Cluster == e.Doc {
		e.Cluster = ""
	}
	return nil
}

func parseDay(s string) time.Time {
	t, _ := time.Parse(dyad.DateLayout, s)
	return t
}

// eventDate turns an events.date value into an event's date (zero when undated).
func eventDate(t time.Time) time.Time {
	if !t.After(undated) {
		return time.Time{}
	}
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}
