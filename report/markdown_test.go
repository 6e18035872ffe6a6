package report_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/report"
)

// TestMarkdown writes the Markdown report and checks that every image it
// links is a PNG beside it, and that the headline row carries the figures.
func TestMarkdown(t *testing.T) {
	s := corpusStore(t)
	r, err := report.Build(context.Background(), s, report.Options{Dyad: report.Dyad{"CHN", "IRN"}, Compare: []report.Dyad{{"CHN", "ARE"}}, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "chn-irn.md")
	if err := r.WriteMarkdown(file); err != nil {
		t.Fatal(err)
	}
	md, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	links := regexp.MustCompile(`!\[[^\]]*\]\(([^)]+)\)`).FindAllSubmatch(md, -1)
	if len(links) != 3*2+2 {
		t.Errorf("%d images, want 8 (three per dyad, two comparing them)", len(links))
	}
	for _, l := range links {
		name := string(l[1])
		if !strings.HasPrefix(name, "chn-irn-") || strings.Contains(name, "/") {
			t.Errorf("image %s: want a file beside the report named after it", name)
		}
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || !bytes.HasPrefix(b, []byte("\x89PNG")) || len(b) < 2000 {
			t.Errorf("image %s: %d bytes, %v", name, len(b), err)
		}
	}
	row := regexp.MustCompile(`(?m)^\| CHN → IRN \| (\d+) \| (\d+) \|`).FindSubmatch(md)
	if row == nil || string(row[1]) != itoa(r.Main.Events) || string(row[2]) != itoa(r.Main.Mentions) {
		t.Errorf("headline row %q, want %d events and %d mentions", row, r.Main.Events, r.Main.Mentions)
	}
	if len(r.Main.Top) == 0 || !bytes.Contains(md, []byte("> "+r.Main.Top[0].Mention.Text)) {
		t.Errorf("the most reported event's sentence is not quoted")
	}
}
