package topic

import (
	"bytes"
	"errors"
	"os"
	"sort"
	"testing"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// FuzzRead feeds arbitrary bytes to the dictionary reader: it must not
// panic, every error must carry a line of the input, and every entry must
// respect the phrase limits. The dictionary then tags its own source.
func FuzzRead(f *testing.F) {
	for _, name := range []string{DyadFile} {
		b, err := os.ReadFile("data/" + name)
		if err != nil {
			f.Fatal(err)
		}
		// A slice of the file keeps each run fast; the whole file is read by
		// the other tests.
		f.Add(b[:min(len(b), 3000)])
	}
	f.Add([]byte("<ISSUE CATEGORY=\"A\">\nn:drone [A/B]\n~drone of x\n~~bee\n</ISSUE>\n"))
	f.Add([]byte("<!-- x\n--> a [A] # c\n<TOPIC CODE=\"A\" DEFINITION=\"d\">\nv:go+n:way [A]\n"))
	f.Add([]byte("</ISSUE>\n[\n]\n~\n~~\nn:\nv:+\n<\n<ISSUE\n"))
	f.Add([]byte("a * b [A]\na * * b [B]\na b [C]\n~a * b\n* x [D]\nn:* [E]\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		d, err := Read("f", bytes.NewReader(src))
		lines := bytes.Count(src, []byte("\n")) + 1
		if err != nil {
			var list dyad.ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("err %v is not an ErrorList", err)
			}
			for _, e := range list {
				if e.Line < 1 || e.Line > lines {
					t.Fatalf("error at line %d of %d: %v", e.Line, lines, e)
				}
			}
		}
		for _, e := range d.Entries {
			if len(e.forms) == 0 || len(e.forms) > maxForms {
				t.Fatalf("entry %+v has %d forms", e, len(e.forms))
			}
			for _, f := range e.forms {
				if len(f) == 0 || len(f) > maxWords {
					t.Fatalf("entry %+v has a form of %d words", e, len(f))
				}
			}
		}
		checkTag(t, New(d), string(src))
	})
}

// FuzzTag tags arbitrary text with the default tagger and checks the
// invariants of matches.
func FuzzTag(f *testing.F) {
	for _, s := range []string{"A US drone strike.", "the drone of traffic", "Cyber-Attack \xff\xfe drones", "P5+1 arms embargo"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) { checkTag(t, Default(), text) })
}

func checkTag(t *testing.T, tg *Tagger, text string) {
	ms := tg.Tag(text)
	for _, m := range ms {
		if !m.Span.Valid(len(text)) || m.Span.Len() == 0 || text[m.Span.Start:m.Span.End] != m.Phrase || m.Topic == "" {
			t.Fatalf("bad match %+v in %q", m, text)
		}
		if utf8.ValidString(text) && !utf8.ValidString(m.Phrase) {
			t.Fatalf("match %+v cuts a rune", m)
		}
	}
	if !sort.SliceIsSorted(ms, func(i, j int) bool {
		a, b := ms[i], ms[j]
		if a.Span.Start != b.Span.Start {
			return a.Span.Start < b.Span.Start
		}
		if a.Span.End != b.Span.End {
			return a.Span.End > b.Span.End
		}
		return a.Topic < b.Topic
	}) {
		t.Fatalf("matches not in order: %+v", ms)
	}
	for i := 1; i < len(ms); i++ {
		if ms[i].Topic == ms[i-1].Topic && ms[i].Span == ms[i-1].Span {
			t.Fatalf("duplicate match %+v", ms[i])
		}
	}
}
