package clean

import (
	"os"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// The reference article: a spam title, paragraph capitals shifted by 0xE9,
// paragraph breaks lost, and fragments cut at abbreviations and reversed.
func TestReferenceArticle(t *testing.T) {
	b, err := os.ReadFile("testdata/reference/000_1ceb474dbb916ca5.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc := &dyad.Document{Text: string(b)}
	Repair(doc, Options{Names: gazetteerNames})
	checkAlign(t, doc)
	text := doc.Text

	if !strings.HasPrefix(text, "Amid stalled nuclear talks") {
		t.Errorf("does not start in reading order: %.60q", text)
	}
	if !strings.HasSuffix(text, "arms embargo that was in place until October 2020.\n") {
		t.Errorf("does not end in reading order: …%q", text[max(0, len(text)-60):])
	}
	for _, want := range []string{
		"Gen. Wei Fenghe, landed in Iran for a visit in late April.",
		"due to the U.N. arms embargo that was in place until October 2020.",
		"blasted the U.S. for its unilateral embargo",
		"other common fields.\"\n\nDue to Bagheri's strong defense diplomacy",
		"(IRGC).\n\nFollowing the meeting with Raisi",
		"boilerplate remarks.\n\nChina has emphasized",
		"on which it relies.\n\nChinese arms suppliers",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("missing %q", want)
		}
	}
	if strings.Contains(text, "meme") || strings.Contains(text, "#") {
		t.Errorf("spam title kept")
	}
	if i := strings.IndexFunc(text, func(r rune) bool { return r >= 0x100 && r < 0x250 }); i >= 0 {
		t.Errorf("odd character left at %d: %q", i, text[i:min(len(text), i+20)])
	}
	if n := strings.Count(text, "\n\n"); n != 4 {
		t.Errorf("%d paragraph breaks, want 4", n)
	}
	if doc.Lang != "en" {
		t.Errorf("Lang = %q, want en", doc.Lang)
	}
	steps := map[string]dyad.RepairStep{}
	for _, s := range doc.Quality.Steps {
		steps[s.Name] = s
	}
	if s := steps["shifted-letters"]; s.Count != 4 || s.Detail != "offset 0xE9" {
		t.Errorf("shifted-letters step = %+v, want 4 at offset 0xE9", s)
	}
	for _, name := range []string{"spam-line", "reversed-order", "fragments", "paragraph-breaks"} {
		if steps[name].Count == 0 {
			t.Errorf("no %s step in the report: %+v", name, doc.Quality.Steps)
		}
	}
	if len(doc.Quality.Flags) != 0 {
		t.Errorf("flags %v on a document that was repaired", doc.Quality.Flags)
	}

	// Spans of the repaired text map back to the same words in the input.
	for _, w := range []string{"Wei Fenghe, landed", "arms embargo that", "Business"} {
		i := strings.Index(text, w)
		if w == "Business" {
			if i >= 0 {
				t.Errorf("spam word still in the text")
			}
			continue
		}
		sp := doc.OriginalSpan(dyad.Span{Start: i, End: i + len(w)})
		if got := doc.Original[sp.Start:sp.End]; got != w {
			t.Errorf("span of %q maps to %q", w, got)
		}
	}
	// The restored capital maps next to the shifted character it replaced.
	i := strings.Index(text, "Chinese arms")
	o := doc.OriginalOffset(i + 1)
	if got := doc.Original[o : o+len("hinese arms")]; got != "hinese arms" {
		t.Errorf("restored letter maps near %q", got)
	}
}

// Repairing a repaired document changes nothing and keeps the map to the
// first input.
func TestRepairTwice(t *testing.T) {
	b, err := os.ReadFile("testdata/reference/000_1ceb474dbb916ca5.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc := &dyad.Document{Text: string(b)}
	Repair(doc, Options{Names: gazetteerNames})
	first := doc.Text
	Repair(doc, Options{Names: gazetteerNames})
	checkAlign(t, doc)
	if doc.Text != first {
		t.Errorf("second repair changed the text:\n%s", doc.Text)
	}
	if doc.Original != string(b) {
		t.Errorf("second repair lost the original input")
	}
	if len(doc.Quality.Steps) != 0 || len(doc.Quality.Flags) != 0 {
		t.Errorf("second repair reported %+v", doc.Quality)
	}
}

// Repair keeps no state between calls: documents repaired at the same time
// come out as they do one by one.
func TestRepairConcurrent(t *testing.T) {
	b, err := os.ReadFile("testdata/reference/000_1ceb474dbb916ca5.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := &dyad.Document{Text: string(b)}
	Repair(want, Options{Names: gazetteerNames})
	done := make(chan string)
	for range 8 {
		go func() {
			doc := &dyad.Document{Text: string(b)}
			Repair(doc, Options{Names: gazetteerNames})
			done <- doc.Text
		}()
	}
	for range 8 {
		if got := <-done; got != want.Text {
			t.Errorf("concurrent repair differs")
		}
	}
}
