package pipeline_test

import (
	"bufio"
	"context"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/pipeline"
)

// newsDocs reads the fixed news corpus (the CAMEO codebook's example
// sentences, one document a line).
func newsDocs(t testing.TB) []string {
	t.Helper()
	f, err := os.Open("../chunk/testdata/news/cameo.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if sc.Text() != "" {
			out = append(out, sc.Text())
		}
	}
	return out
}

func streamDocs(texts []string) func(ctx context.Context, emit func(*dyad.Document) error) error {
	date := time.Date(2005, 6, 1, 0, 0, 0, 0, time.UTC)
	return func(ctx context.Context, emit func(*dyad.Document) error) error {
		for i, s := range texts {
			if err := emit(&dyad.Document{ID: strconv.Itoa(i), Text: s, Date: date}); err != nil {
				return err
			}
		}
		return nil
	}
}

// TestStreamOrder: results reach the sink in input order with many workers.
func TestStreamOrder(t *testing.T) {
	p := newPipeline(t)
	texts := newsDocs(t)[:60]
	next := 0
	err := pipeline.Stream(context.Background(), p, 4, streamDocs(texts), func(r *dyad.Result) error {
		if r.Doc.ID != strconv.Itoa(next) {
			t.Fatalf("document %s reached the sink when %d was due", r.Doc.ID, next)
		}
		next++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if next != len(texts) {
		t.Errorf("%d results for %d documents", next, len(texts))
	}
}
