package clean

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/golden"
)

// TestGolden runs the repair on testdata/golden/<case>/input.txt — one case
// per repair step, named after it — and compares the repaired text and the
// quality report with <case>/golden. Run with -update to rewrite them.
func TestGolden(t *testing.T) {
	dirs, err := filepath.Glob("testdata/golden/*")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no golden cases: %v", err)
	}
	for _, dir := range dirs {
		name := filepath.Base(dir)
		t.Run(name, func(t *testing.T) {
			in, err := os.ReadFile(filepath.Join(dir, "input.txt"))
			if err != nil {
				t.Fatal(err)
			}
			doc := &dyad.Document{Text: string(in)}
			Repair(doc, Options{Names: gazetteerNames})
			checkAlign(t, doc)
			rep, err := json.MarshalIndent(doc.Quality, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got := doc.Text + "\n-- lang: " + doc.Lang + "\n-- quality:\n" + string(rep) + "\n"
			golden.Check(t, filepath.Join(dir, "golden"), []byte(got))
			// A case named after a step must exercise that step or flag.
			if _, ok := stepOrFlag(doc.Quality, name); !ok && name != "reference" && name != "language" {
				t.Errorf("case %s does not exercise the step or flag it is named after: %+v", name, doc.Quality)
			}
		})
	}
}

func stepOrFlag(q *dyad.Quality, name string) (int, bool) {
	for _, s := range q.Steps {
		if s.Name == name {
			return s.Count, true
		}
	}
	for _, f := range q.Flags {
		if f == name {
			return 1, true
		}
	}
	return 0, false
}
