package pipeline_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
)

// TestReferencesGolden codes each short article of testdata/references.txt
// as one document and pins every actor dyad resolved by reference — the
// phrase, its code, the mention it came from and the event it is in. The
// news sets code one sentence a row and never exercise a reference to an
// earlier sentence, so without this a change could send "wounding him" back
// to another sentence's actor (participle39) with no figure moving.
// docs/notes/news.md (round thirty-five, coref39) judges each line; rewrite
// with -update and read the diff.
func TestReferencesGolden(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "references.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p := newPipeline(t)
	var out strings.Builder
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		id, text, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("no tab in %q", line)
		}
		doc := &dyad.Document{ID: id, Text: text, Date: time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)}
		res, err := p.Process(context.Background(), doc)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range res.Events {
			for _, r := range []struct {
				role string
				a    dyad.Actor
			}{{"source", e.Source}, {"target", e.Target}} {
				if r.a.Resolved == "" {
					continue
				}
				fmt.Fprintf(&out, "%s s%d %s %q = %s from %q in %s>%s %s (%s)\n", id, e.Sentence, r.role,
					r.a.Text, r.a.Code, r.a.Resolved, e.Source.Code, e.Target.Code, e.Code, text[e.Verb.Start:e.Verb.End])
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "references.golden")
	want := readGolden(t, golden, []byte(out.String()))
	if got := out.String(); got != want {
		t.Errorf("resolved references differ from %s (run with -update and review):\n--- got\n%s--- want\n%s", golden, got, want)
	}
}
