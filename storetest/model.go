package storetest

import (
	"sort"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
)

// Model is the reference the stores are checked against: the contract of
// dyad.EventStore computed the obvious way, in memory.
type Model struct {
	Events    map[string]*ModelEvent // by Key
	Docs      map[string]*dyad.Result
	Sentences int
	Mentions  int
}

// ModelEvent is a deduplicated event as the model counts it.
type ModelEvent struct {
	Cluster, Source, Target string
	Code                    dyad.Code
	Root                    string
	Quad                    int
	Goldstein               float64
	Date                    string // YYYY-MM-DD
	Mentions                int
	Articles, Sources       map[string]bool
	Topics                  map[string]bool
	RepDoc, RepMid          string
	Sentences               map[string]string // mention id → sentence text
}

// Key identifies a deduplicated event.
func Key(cluster, source, target string, code dyad.Code, date string) string {
	return strings.Join([]string{cluster, source, target, string(code), date}, "|")
}

// KeyOf is the key of a stored event.
func KeyOf(e *dyad.StoredEvent) string {
	return Key(e.Cluster, e.Source, e.Target, e.Code, day(e.Date))
}

// NewModel builds the model of storing rs (once each, by document id).
func NewModel(rs []*dyad.Result) *Model {
	m := &Model{Events: map[string]*ModelEvent{}, Docs: map[string]*dyad.Result{}}
	for _, r := range rs {
		if r.Doc == nil || m.Docs[r.Doc.ID] != nil {
			continue
		}
		m.Docs[r.Doc.ID] = r
		if r.Reject != nil {
			continue
		}
		d := r.Doc
		m.Sentences += len(d.Sentences)
		cluster := d.Cluster
		if cluster == "" {
			cluster = d.ID
		}
		for _, ev := range r.Events {
			m.Mentions++
			date := day(ev.Date)
			if date == "" {
				date = day(d.Date)
			}
			k := Key(cluster, ev.Source.Code, ev.Target.Code, ev.Code, date)
			e := m.Events[k]
			if e == nil {
				e = &ModelEvent{Cluster: cluster, Source: ev.Source.Code, Target: ev.Target.Code, Code: ev.Code,
					Root: ev.Code.Root(), Quad: ev.Quad, Goldstein: ev.Goldstein, Date: date,
					Articles: map[string]bool{}, Sources: map[string]bool{}, Topics: map[string]bool{},
					RepDoc: d.ID, RepMid: ev.ID, Sentences: map[string]string{}}
				m.Events[k] = e
			}
			e.Mentions++
			e.Articles[d.ID] = true
			e.Sources[d.Source] = true
			for _, t := range ev.Topics {
				e.Topics[t] = true
			}
			if d.ID < e.RepDoc || d.ID == e.RepDoc && ev.ID < e.RepMid {
				e.RepDoc, e.RepMid = d.ID, ev.ID
			}
			e.Sentences[ev.ID] = ev.Text
		}
	}
	return m
}

// Match reports whether the model event passes the filter (ignoring Limit and Cursor).
func (e *ModelEvent) Match(f dyad.EventFilter) bool {
	hasPrefix := func(s, p string) bool { return strings.HasPrefix(s, strings.ToUpper(p)) }
	switch {
	case f.Source != "" && !hasPrefix(e.Source, f.Source),
		f.Target != "" && !hasPrefix(e.Target, f.Target),
		f.Actor != "" && !hasPrefix(e.Source, f.Actor) && !hasPrefix(e.Target, f.Actor),
		f.Code != "" && !strings.HasPrefix(string(e.Code), f.Code),
		f.Root != "" && e.Root != f.Root,
		f.Quad != 0 && e.Quad != f.Quad,
		!f.Since.IsZero() && e.Date < day(f.Since),
		!f.Until.IsZero() && (e.Date == "" || e.Date > day(f.Until)):
		return false
	}
	if f.Topic != "" {
		ok := false
		for t := range e.Topics {
			if TopicMatch(t, f.Topic) {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	if f.Text != "" {
		ok := false
		for _, s := range e.Sentences {
			if containsWords(s, f.Text) {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// containsWords reports whether every word of q is a word of s, ignoring case.
func containsWords(s, q string) bool {
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), notWord) {
		words[w] = true
	}
	for _, w := range strings.FieldsFunc(strings.ReplaceAll(strings.ToLower(q), "'s", ""), notWord) {
		if !words[w] {
			return false
		}
	}
	return true
}

func notWord(r rune) bool {
	return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127)
}

// Keys returns the sorted keys of the events matching f.
func (m *Model) Keys(f dyad.EventFilter) []string {
	var out []string
	for k, e := range m.Events {
		if e.Match(f) {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// period is the first day of the interval holding date.
// TopicMatch is what a store's topic filter means: topic is query or a
// child of it, the query taken case-insensitively and without surrounding
// slashes ("arms/" matches "ARMS/DRONE", not "ARMSTRONG").
func TopicMatch(topic, query string) bool {
	q := strings.ToUpper(strings.Trim(strings.TrimSpace(query), "/"))
	return q != "" && (topic == q || strings.HasPrefix(topic, q+"/"))
}

func period(date, interval string) string {
	t, _ := time.Parse(dyad.DateLayout, date)
	switch interval {
	case dyad.IntervalWeek:
		wd := (int(t.Weekday()) + 6) % 7
		t = t.AddDate(0, 0, -wd)
	case dyad.IntervalMonth, "":
		t = time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	case dyad.IntervalYear:
		t = time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return t.Format(dyad.DateLayout)
}

func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(dyad.DateLayout)
}
