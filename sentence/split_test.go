package sentence

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestGolden splits each testdata/*.txt and compares the sentences, one a
// line, with the hand-checked testdata/*.golden.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txt")
	if len(files) == 0 {
		t.Fatal("no golden inputs")
	}
	for _, in := range files {
		t.Run(filepath.Base(in), func(t *testing.T) {
			data, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			text := string(data)
			var b strings.Builder
			for _, sp := range Spans(nil, text) {
				if !sp.Valid(len(text)) || sp.Start >= sp.End {
					t.Fatalf("bad span %v", sp)
				}
				b.WriteString(strings.Join(strings.Fields(text[sp.Start:sp.End]), " "))
				b.WriteByte('\n')
			}
			golden := strings.TrimSuffix(in, ".txt") + ".golden"
			if *update {
				os.WriteFile(golden, []byte(b.String()), 0o644)
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			gotLines := strings.Split(b.String(), "\n")
			wantLines := strings.Split(string(want), "\n")
			for i := 0; i < len(gotLines) || i < len(wantLines); i++ {
				var g, w string
				if i < len(gotLines) {
					g = gotLines[i]
				}
				if i < len(wantLines) {
					w = wantLines[i]
				}
				if g != w {
					t.Errorf("sentence %d:\n got %q\nwant %q", i+1, g, w)
				}
			}
		})
	}
}

func TestSplitTable(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Gen. Smith arrived. He left.", []string{"Gen. Smith arrived.", "He left."}},
		{"The U.N. envoy met Lt. Col. Ali.", []string{"The U.N. envoy met Lt. Col. Ali."}},
		{"It rose 3.5 percent. Then it fell.", []string{"It rose 3.5 percent.", "Then it fell."}},
		{"See No. 5 here. Ok.", []string{"See No. 5 here.", "Ok."}},
		{"He said \"no.\" Then he left.", []string{"He said \"no.\"", "Then he left."}},
		{"The State Dept. said so.", []string{"The State Dept. said so."}},
		{"Title line\n\nBody text.", []string{"Title line", "Body text."}},
		{"a\nb", []string{"a\nb"}},
		{"   ", nil},
		{"Why? Because.", []string{"Why?", "Because."}},
	} {
		var got []string
		for _, sp := range Spans(nil, tc.text) {
			got = append(got, tc.text[sp.Start:sp.End])
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("Spans(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestSplitDocument(t *testing.T) {
	doc := &dyad.Document{ID: "d1", Text: "  Arnor attacked Gondor. Gondor replied.  "}
	ss := Split(doc)
	if len(ss) != 2 || len(doc.Sentences) != 2 {
		t.Fatalf("got %d sentences", len(ss))
	}
	if ss[1].ID != "d1#2" || ss[1].Index != 1 || ss[1].Text != "Gondor replied." {
		t.Errorf("second sentence = %+v", ss[1])
	}
	if doc.Text[ss[0].Span.Start:ss[0].Span.End] != ss[0].Text {
		t.Errorf("span %v does not cover %q", ss[0].Span, ss[0].Text)
	}
}

func TestLongRunIsCut(t *testing.T) {
	text := strings.Repeat("word ", 3*MaxLen)
	spans := Spans(nil, text)
	if len(spans) < 3 {
		t.Fatalf("got %d spans for %d bytes without a period", len(spans), len(text))
	}
	for _, sp := range spans {
		if sp.Len() > MaxLen {
			t.Errorf("span %v longer than MaxLen", sp)
		}
	}
}
