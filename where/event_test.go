package where

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

func TestSetEvent(t *testing.T) {
	text := "Beijing said so. After talks in Beijing, the delegation landed in Iran."
	start := strings.Index(text, "After")
	s := &dyad.Sentence{Text: text[start:], Span: dyad.Span{Start: start, End: len(text)}}
	off := strings.Index(text, "landed")
	ev := &dyad.Event{Verb: dyad.Span{Start: off, End: off + 6}}
	Default().SetEvent(ev, s)
	if ev.Location == nil || ev.Location.Country != "IRN" || text[ev.Location.Span.Start:ev.Location.Span.End] != "Iran" {
		t.Fatalf("Location = %+v; want IRN at the document bytes of \"Iran\"", ev.Location)
	}
	ev = &dyad.Event{Location: &dyad.Location{Country: "XXX"}}
	Default().SetEvent(ev, &dyad.Sentence{Text: "Beijing said so.", Span: dyad.Span{Start: 0, End: 16}})
	if ev.Location != nil {
		t.Errorf("Location = %+v; want nil when the sentence names no place of the event", ev.Location)
	}
}
