// Package export writes stored events in the formats other event-data tools read: GDELT 2.0, Phoenix, PLOVER, CSV and JSON lines.
package export

import (
	"context"
	"io"
	"strings"

	"github.com/dyadproject/dyad"
)

// Writer writes events one at a time in one format.
type Writer interface {
	Write(e *dyad.StoredEvent) error
	// Close flushes what is buffered; it does not close the underlying writer.
	Close() error
}

// Formats are the names New accepts.
var Formats = []string{"gdelt", "phoenix", "plover", "csv", "jsonl"}

// Options adjust a format.
type Options struct {
	// WithTopics adds the event's topics, joined by ";", as one trailing
	// column of the gdelt format (a 62nd column GDELT readers do not
	// expect, so it is off by default). The other formats always carry them.
	WithTopics bool
}

// New returns a Writer of the named format on w.
func New(format string, w io.Writer) (Writer, error) { return NewWith(format, w, Options{}) }

// NewWith returns a Writer of the named format on w, adjusted by o.
func NewWith(format string, w io.Writer, o Options) (Writer, error) {
	switch format {
	case "gdelt":
		g := newGDELT(w)
		g.topics = o.WithTopics
		return g, nil
	case "phoenix":
		return newPhoenix(w), nil
	case "plover":
		return newPLOVER(w), nil
	case "csv":
		return newCSV(w)
	case "jsonl":
		return newJSONL(w), nil
	}
	return nil, dyad.Errorf(dyad.EINVALID, "export format %q: want one of %s", format, strings.Join(Formats, ", "))
}

// tsvField makes a value safe for a tab-separated line: tabs and line breaks
// become spaces.
func tsvField(s string) string {
	if !strings.ContainsAny(s, "\t\r\n") {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\r' || r == '\n' {
			return ' '
		}
		return r
	}, s)
}

// writeTSV writes one line of tab-separated fields.
func writeTSV(w io.Writer, fields []string) error {
	for i, f := range fields {
		fields[i] = tsvField(f)
	}
	_, err := io.WriteString(w, strings.Join(fields, "\t")+"\n")
	return err
}

// All writes every event of the store that matches f (all pages, newest
// first) and returns how many it wrote. It closes w.
func All(ctx context.Context, s dyad.EventStore, f dyad.EventFilter, w Writer) (int, error) {
	if f.Limit <= 0 {
		f.Limit = 1000
	}
	n := 0
	for {
		evs, next, err := s.Events(ctx, f)
		if err != nil {
			w.Close()
			return n, err
		}
		for i := range evs {
			if err := w.Write(&evs[i]); err != nil {
				w.Close()
				return n, dyad.E(dyad.EINTERNAL, "export", err)
			}
			n++
		}
		if next == "" {
			return n, dyad.E(dyad.EINTERNAL, "export", w.Close())
		}
		f.Cursor = next
	}
}
