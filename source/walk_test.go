package source

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

func TestWalkEdges(t *testing.T) {
	story := "Rescue teams reached the village on Thursday."
	for _, c := range []struct {
		name    string
		paths   []string
		opts    Options
		docs    int
		reasons []string // substrings of the rejects, in order
	}{
		{"missing path", []string{"testdata/nope.txt", "testdata/text/input.txt"}, Options{}, 1, []string{"no such file"}},
		{"stdin", []string{"-"}, Options{Stdin: strings.NewReader(story)}, 1, nil},
		{"stdin jsonl", []string{"-"}, Options{Stdin: strings.NewReader(`{"text":"` + story + `"}` + "\n{bad}\n")}, 1, []string{"malformed JSON"}},
		{"no stdin", []string{"-"}, Options{}, 0, []string{"no standard input"}},
		{"forced text", []string{"testdata/jsonl/input.jsonl"}, Options{Format: Text}, 0, []string{"invalid UTF-8"}},
		{"forced html on text", []string{"testdata/text/input.txt"}, Options{Format: HTML}, 1, nil},
		{"forced warc on text", []string{"testdata/text/input.txt"}, Options{Format: WARC}, 0, []string{"WARC record"}},
		{"empty stdin", []string{"-"}, Options{Stdin: strings.NewReader("")}, 0, []string{"empty input"}},
		{"blank stdin", []string{"-"}, Options{Stdin: strings.NewReader(" \n\t\n")}, 0, []string{"empty document"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := walkAll(t, c.paths, c.opts)
			if len(res.Docs) != c.docs {
				t.Errorf("%d documents, want %d", len(res.Docs), c.docs)
			}
			if len(res.Rejects) != len(c.reasons) {
				t.Fatalf("rejects %+v, want %d", res.Rejects, len(c.reasons))
			}
			for i, r := range res.Rejects {
				if !strings.Contains(r.Reason, c.reasons[i]) {
					t.Errorf("reject %d: %q, want %q", i, r.Reason, c.reasons[i])
				}
			}
		})
	}
}

func TestWalkStops(t *testing.T) {
	noReject := func(dyad.Reject) {}
	stop := errors.New("stop")
	n := 0
	err := Walk(context.Background(), []string{"testdata/jsonl/input.jsonl"}, Options{},
		func(*dyad.Document) error { n++; return stop }, noReject)
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("emit error: err %v after %d docs", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err = Walk(ctx, []string{"testdata/dir/input"}, Options{}, func(*dyad.Document) error { t.Error("read after cancel"); return nil }, noReject)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
	err = Walk(context.Background(), []string{"testdata/text/input.txt"}, Options{Format: "pdf"}, func(*dyad.Document) error { return nil }, noReject)
	if dyad.ErrorKind(err) != dyad.EINVALID {
		t.Errorf("unknown format: %v", err)
	}
}
