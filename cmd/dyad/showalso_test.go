package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// TestShowAlso: "dyad show" lists the other people a side stands for
// (dyad.Actor.Also) under it, with entry and term, and marks their words.
func TestShowAlso(t *testing.T) {
	text := "China met Raisi and Ashtiani."
	s := dyad.Sentence{ID: "d#1", Text: text, Span: dyad.Span{Start: 0, End: len(text)}}
	mn := &dyad.Mention{Event: dyad.Event{ID: "d#1/1", SentenceID: "d#1", Text: text,
		Source: dyad.Actor{Code: "CHN", Text: "China", Span: dyad.Span{Start: 0, End: 5}},
		Target: dyad.Actor{Code: "IRNGOV", Text: "Raisi", Span: dyad.Span{Start: 10, End: 15},
			Also: []dyad.Actor{{Code: "IRNGOV", Text: "Ashtiani", Span: dyad.Span{Start: 20, End: 28}, Entry: "MOHAMMAD_REZA_ASHTIANI", Since: "2021-08-25", Until: "2024-08-21"}}},
		Verb: dyad.Span{Start: 6, End: 9}}}
	d := &dyad.StoredDocument{Document: dyad.Document{ID: "d", Text: text, Sentences: []dyad.Sentence{s}}}
	var buf bytes.Buffer
	showMention(&buf, d, mn, 0, plainMarks)
	out := buf.String()
	if !strings.Contains(out, `    also     IRNGOV "Ashtiani" MOHAMMAD_REZA_ASHTIANI (2021-08-25…2024-08-21)`) {
		t.Errorf("no also line:\n%s", out)
	}
	if hl := highlight(s, []*dyad.Mention{mn}, plainMarks); !strings.Contains(hl, plainMarks.target[0]+"Ashtiani"+plainMarks.target[1]) {
		t.Errorf("Ashtiani not marked as the target: %s", hl)
	}
}
