package when

import (
	"time"

	"github.com/dyadproject/dyad"
)

// SetEvent dates ev from the sentence it was coded from: the expression nearest
// its verb, else the document date with precision "document". ev.Verb and
// s.Span are bytes of Document.Text.
func SetEvent(ev *dyad.Event, s *dyad.Sentence, doc time.Time) {
	d := Near(s.Text, clamp(ev.Verb.Start-s.Span.Start, len(s.Text)), doc)
	ev.Date, ev.DatePrecision, ev.DateText = d.Time, d.Precision, d.Text
}

func clamp(x, n int) int {
	if x < 0 {
		return 0
	}
	if x > n {
		return n
	}
	return x
}
