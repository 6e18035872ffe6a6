// Package dyad holds the domain types of the dyad event-data system — documents,
// sentences, byte spans, actors, events and CAMEO codes — and the interfaces that
// the stages and stores implement. It imports only the standard library.
//
// Data flows one way: source → clean → sentence/token/tag/chunk → coder → store.
// See docs/ARCHITECTURE.md.
package dyad

import (
	"context"
	"time"
)

// Span is a half-open byte range [Start, End) into a text. Which text it points
// into is said where the span is stored: Document spans point into Document.Text;
// Document.OriginalSpan maps them back to the bytes of the input.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// IsZero reports whether the span is unset.
func (s Span) IsZero() bool { return s.Start == 0 && s.End == 0 }

// Valid reports whether the span lies inside a text of n bytes.
func (s Span) Valid(n int) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= n }

// Date precisions of an event date.
const (
	PrecisionDay      = "day"
	PrecisionMonth    = "month"
	PrecisionYear     = "year"
	PrecisionDocument = "document" // no date expression: the document date is used
)

// DateLayout is the layout of dates in dyad's outputs.
const DateLayout = "2006-01-02"

// ParseDate reads a date given as YYYY-MM-DD, YYYYMMDD, YYYY-MM or YYYY.
func ParseDate(s string) (time.Time, error) {
	for _, layout := range []string{DateLayout, "20060102", "2006-01", "2006", time.RFC3339} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, Errorf(EINVALID, "date %q: want YYYY-MM-DD", s)
}

// Processor runs the text stages on one document — repair, segmentation,
// tagging and parsing, coding — and returns what they produced. The pipeline
// package implements it; ingest and workers drive it.
type Processor interface {
	Process(ctx context.Context, doc *Document) (*Result, error)
}

// Result is what processing one document produced: the repaired document with
// its sentences, the events coded from them, or a reject explaining why the
// document was not coded (non-English, empty after repair, ...).
type Result struct {
	Doc    *Document `json:"doc"`
	Events []Event   `json:"events"`
	Reject *Reject   `json:"reject,omitempty"`
}
