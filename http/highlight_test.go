package http

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

func TestSegments(t *testing.T) {
	mk := func(kind string, s, e int) Mark { return Mark{Kind: kind, Span: dyad.Span{Start: s, End: e}} }
	tests := []struct {
		name  string
		text  string
		marks []Mark
		want  string // segments as text|kind, joined by " / "
	}{
		{"none", "Iran protested.", nil, "Iran protested.|"},
		{"empty text", "", nil, "|"},
		{"three marks", "China accused Iran.", []Mark{mk("target", 14, 18), mk("source", 0, 5), mk("verb", 6, 13)},
			"China|source /  | / accused|verb /  | / Iran|target / .|"},
		{"overlap dropped", "Chinese military threatened", []Mark{mk("source", 0, 16), mk("verb", 8, 27)},
			"Chinese military|source /  threatened|"},
		{"out of range dropped", "Iran", []Mark{mk("source", 2, 9), mk("verb", -1, 2)}, "Iran|"},
		{"empty mark dropped", "Iran", []Mark{mk("source", 2, 2)}, "Iran|"},
		{"widened to whole characters", "Kyiv — Ukraine", []Mark{mk("verb", 6, 7)}, "Kyiv | / —|verb /  Ukraine|"},
		{"whole text", "Iran", []Mark{mk("target", 0, 4)}, "Iran|target"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range segments(tt.text, tt.marks) {
				got = append(got, s.Text+"|"+s.Kind)
			}
			if g := strings.Join(got, " / "); g != tt.want {
				t.Errorf("segments = %q, want %q", g, tt.want)
			}
		})
	}
}

func TestMentionMarks(t *testing.T) {
	text := "Later, China accused Iran."
	doc := "First sentence. " + text
	off := len("First sentence. ")
	m := &dyad.Mention{SentenceSpan: dyad.Span{Start: off, End: len(doc)}, EventID: 7}
	m.Text = text
	m.Source = dyad.Actor{Code: "CHN", Text: "China", Span: dyad.Span{Start: off + 7, End: off + 12}}
	m.Target = dyad.Actor{Code: "IRN", Text: "Iran", Span: dyad.Span{Start: 0, End: 0}} // no span: found by its words
	m.Verb, m.VerbText = dyad.Span{Start: off + 13, End: off + 20}, "accused"
	got := map[string]string{}
	for _, mk := range mentionMarks(m) {
		got[mk.Kind] = text[mk.Span.Start:mk.Span.End]
		if mk.Event != 7 {
			t.Errorf("%s mark names event %d", mk.Kind, mk.Event)
		}
	}
	if got[MarkSource] != "China" || got[MarkTarget] != "Iran" || got[MarkVerb] != "accused" {
		t.Errorf("marks %v", got)
	}
	// A span that points at other words than the actor's is not trusted.
	m.Source.Span = dyad.Span{Start: off, End: off + 5} // "Later"
	for _, mk := range mentionMarks(m) {
		if mk.Kind == MarkSource && text[mk.Span.Start:mk.Span.End] != "China" {
			t.Errorf("source marked as %q", text[mk.Span.Start:mk.Span.End])
		}
	}
}

// FuzzSegments: whatever the text and spans, the segments give the text
// back, and valid UTF-8 stays valid in every segment.
func FuzzSegments(f *testing.F) {
	f.Add("China accused Iran.", 0, 5, 6, 13)
	f.Add("Kyiv — «Update»", 5, 6, 7, 9)
	f.Add("", 0, 0, 1, 2)
	f.Fuzz(func(t *testing.T, text string, a, b, c, d int) {
		segs := segments(text, []Mark{{Kind: "source", Span: dyad.Span{Start: a, End: b}}, {Kind: "verb", Span: dyad.Span{Start: c, End: d}}})
		var joined strings.Builder
		for _, s := range segs {
			joined.WriteString(s.Text)
			if utf8.ValidString(text) && !utf8.ValidString(s.Text) {
				t.Fatalf("segment %q of valid text %q is not UTF-8", s.Text, text)
			}
		}
		if joined.String() != text {
			t.Fatalf("segments give %q, want %q", joined.String(), text)
		}
	})
}

// TestAlsoMarks: the other people a side stands for (dyad.Actor.Also) are
// marked as that side, in the sentence and in the document.
func TestAlsoMarks(t *testing.T) {
	text := "China met Raisi and Ashtiani."
	m := &dyad.Mention{SentenceSpan: dyad.Span{Start: 0, End: len(text)}, EventID: 3}
	m.Text = text
	m.Source = dyad.Actor{Code: "CHN", Text: "China", Span: dyad.Span{Start: 0, End: 5}}
	m.Target = dyad.Actor{Code: "IRNGOV", Text: "Raisi", Span: dyad.Span{Start: 10, End: 15},
		Also: []dyad.Actor{{Code: "IRNGOV", Text: "Ashtiani", Span: dyad.Span{Start: 20, End: 28}}}}
	m.Verb, m.VerbText = dyad.Span{Start: 6, End: 9}, "met"
	var sent, doc []string
	for _, mk := range mentionMarks(m) {
		sent = append(sent, mk.Kind+":"+text[mk.Span.Start:mk.Span.End])
	}
	for _, mk := range documentMarks([]dyad.Mention{*m}, len(text)) {
		doc = append(doc, mk.Kind+":"+text[mk.Span.Start:mk.Span.End])
	}
	for name, got := range map[string][]string{"sentence": sent, "document": doc} {
		if g := strings.Join(got, " "); !strings.Contains(g, "target:Raisi") || !strings.Contains(g, "target:Ashtiani") || strings.Count(g, ":") != 4 {
			t.Errorf("%s marks %q, want Raisi and Ashtiani as the target", name, g)
		}
	}
}
