package when

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

func TestSetEvent(t *testing.T) {
	text := "Officials met on Friday. In 2019, Bagheri visited China, and in late April Wei Fenghe landed in Iran."
	start := strings.Index(text, "In 2019")
	s := &dyad.Sentence{Text: text[start:], Span: dyad.Span{Start: start, End: len(text)}}
	for verb, want := range map[string]string{"visited": "In 2019", "landed": "in late April"} {
		off := strings.Index(text, verb)
		ev := &dyad.Event{Verb: dyad.Span{Start: off, End: off + len(verb)}}
		SetEvent(ev, s, date(monday))
		if ev.DateText != want {
			t.Errorf("verb %q: DateText %q; want %q", verb, ev.DateText, want)
		}
	}
	ev := &dyad.Event{}
	SetEvent(ev, &dyad.Sentence{Text: "They met.", Span: dyad.Span{Start: 500, End: 509}}, date(monday))
	if ev.DatePrecision != dyad.PrecisionDocument || ev.Date.Format(dyad.DateLayout) != monday {
		t.Errorf("no expression: %+v; want the document date", ev)
	}
}
