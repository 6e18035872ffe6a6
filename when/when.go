// Package when resolves the date of an event from the date expressions of its
// sentence ("on Saturday", "in late April", "two weeks ago") and the document date.
package when

import (
	"strings"
	"sync"
	"time"

	"github.com/dyadproject/dyad"
)

// PrecisionWeek is the precision of "last week", "two weeks ago": Time is the
// Monday of that week. The other precisions are dyad's Precision constants.
const PrecisionWeek = "week"

// Date is an event date read from text. Time is the first day of the period
// the expression names (the day, the Monday of the week, the first of the
// month or of the year), in UTC.
type Date struct {
	Time      time.Time `json:"date"`
	Precision string    `json:"precision"`      // day, week, month, year or document
	Text      string    `json:"text,omitempty"` // the words matched, e.g. "in late April"
	Span      dyad.Span `json:"span"`           // bytes of the text searched; zero for the document date
}

// Document returns the fallback date used when a sentence has no date
// expression: the document date itself, with precision "document".
func Document(doc time.Time) Date {
	return Date{Time: day(doc), Precision: dyad.PrecisionDocument}
}

// Find returns every date expression in text, in order, resolved against the
// document date doc. Relative expressions ("yesterday", "last week", "in
// April") need a document date and are skipped when doc is zero.
func Find(text string, doc time.Time) []Date {
	buf := tokenBufs.Get().(*[]token)
	p := parser{text: text, toks: tokenize((*buf)[:0], text), doc: day(doc), known: !doc.IsZero()}
	out := p.all()
	*buf = p.toks[:0]
	tokenBufs.Put(buf)
	return out
}

// tokenBufs holds token slices for Find to reuse: no Date points into them.
var tokenBufs = sync.Pool{New: func() any { return new([]token) }}

// Resolve returns the first date expression of text, or the document date with
// precision "document" when there is none.
func Resolve(text string, doc time.Time) Date {
	if ds := Find(text, doc); len(ds) > 0 {
		return ds[0]
	}
	return Document(doc)
}

// Near returns the date expression closest to the byte offset verb (the event's
// verb) in text, or the document date when text has none. Expressions before
// the verb win ties, as in "In 2019, Bagheri visited China". Bounds ("since
// 2016", "until October 2020", "by 2025") are skipped: they limit a period
// rather than date an event, so "the third visit since 2016" is not a 2016
// visit.
func Near(text string, verb int, doc time.Time) Date {
	ds := Find(text, doc)
	best, bestDist := -1, -1
	for i, d := range ds {
		if IsBound(d) {
			continue
		}
		dist := 0
		switch {
		case verb < d.Span.Start:
			dist = d.Span.Start - verb
		case verb >= d.Span.End:
			dist = verb - d.Span.End + 1
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = i, dist
		}
	}
	if best < 0 {
		return Document(doc)
	}
	return ds[best]
}

// IsBound reports whether d is opened by a word that makes it a bound of a
// period (since, until, till, by) rather than the time of an event.
func IsBound(d Date) bool {
	w := d.Text
	if i := strings.IndexByte(w, ' '); i >= 0 {
		w = w[:i]
	}
	return bounds[strings.ToLower(w)]
}

func day(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}
