package http

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// Mark kinds: the parts of an event highlighted in its text.
const (
	MarkSource = "source"
	MarkTarget = "target"
	MarkVerb   = "verb"
)

// Mark is a highlighted byte span of a text, naming the event it belongs to.
type Mark struct {
	Kind  string    `json:"kind"`
	Span  dyad.Span `json:"span"`            // bytes of the text it marks
	Event int64     `json:"event,omitempty"` // stored event id
}

// Segment is a run of a text that is either plain (Kind "") or one mark.
// Clients join the segments to get the text back; they need no byte
// arithmetic, which JavaScript strings (UTF-16) would get wrong.
type Segment struct {
	Text  string `json:"text"`
	Kind  string `json:"kind,omitempty"`
	Event int64  `json:"event,omitempty"`
}

// mentionMarks returns the source, target and verb of m as spans of the
// sentence text m.Text. The coder's spans point into Document.Text, so they
// are shifted by the sentence's start; a span that does not land inside the
// sentence falls back to the first occurrence of the words it names.
func mentionMarks(m *dyad.Mention) []Mark {
	var marks []Mark
	add := func(kind string, s dyad.Span, words string) {
		rel := dyad.Span{Start: s.Start - m.SentenceSpan.Start, End: s.End - m.SentenceSpan.Start}
		if s.Len() > 0 && rel.Valid(len(m.Text)) && (words == "" || m.Text[rel.Start:rel.End] == words) {
			marks = append(marks, Mark{Kind: kind, Span: rel, Event: m.EventID})
			return
		}
		if words != "" {
			if i := strings.Index(m.Text, words); i >= 0 {
				marks = append(marks, Mark{Kind: kind, Span: dyad.Span{Start: i, End: i + len(words)}, Event: m.EventID})
			}
		}
	}
	add(MarkSource, m.Source.Span, m.Source.Text)
	add(MarkTarget, m.Target.Span, m.Target.Text)
	// The other people a side stands for (dyad.Actor.Also) are that side
	// too: "met Raisi and Ashtiani" marks both as the target.
	for _, a := range m.Source.Also {
		add(MarkSource, a.Span, a.Text)
	}
	for _, a := range m.Target.Also {
		add(MarkTarget, a.Span, a.Text)
	}
	add(MarkVerb, m.Verb, m.VerbText)
	return marks
}

// documentMarks returns the spans of every mention's source, target and verb
// in the document text of length n.
func documentMarks(ms []dyad.Mention, n int) []Mark {
	var marks []Mark
	for i := range ms {
		m := &ms[i]
		add := func(kind string, s dyad.Span) {
			if s.Len() > 0 && s.Valid(n) {
				marks = append(marks, Mark{Kind: kind, Span: s, Event: m.EventID})
			}
		}
		add(MarkSource, m.Source.Span)
		add(MarkTarget, m.Target.Span)
		add(MarkVerb, m.Verb)
		// Also-mentions are their side's, as in mentionMarks.
		for _, a := range m.Source.Also {
			add(MarkSource, a.Span)
		}
		for _, a := range m.Target.Also {
			add(MarkTarget, a.Span)
		}
	}
	return marks
}

// segments cuts text into plain runs and marked runs. Marks are widened to
// whole UTF-8 characters; a mark overlapping an earlier one is dropped.
func segments(text string, marks []Mark) []Segment {
	ms := make([]Mark, 0, len(marks))
	for _, m := range marks {
		if !m.Span.Valid(len(text)) || m.Span.Len() == 0 {
			continue
		}
		for m.Span.Start > 0 && !utf8.RuneStart(text[m.Span.Start]) {
			m.Span.Start--
		}
		for m.Span.End < len(text) && !utf8.RuneStart(text[m.Span.End]) {
			m.Span.End++
		}
		ms = append(ms, m)
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Span.Start < ms[j].Span.Start })
	var segs []Segment
	at := 0
	for _, m := range ms {
		if m.Span.Start < at {
			continue
		}
		if m.Span.Start > at {
			segs = append(segs, Segment{Text: text[at:m.Span.Start]})
		}
		segs = append(segs, Segment{Text: text[m.Span.Start:m.Span.End], Kind: m.Kind, Event: m.Event})
		at = m.Span.End
	}
	if at < len(text) || len(segs) == 0 {
		segs = append(segs, Segment{Text: text[at:]})
	}
	return segs
}
