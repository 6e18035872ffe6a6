package chunk

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestGolden parses each testdata/golden/*.txt and compares the tree with
// the checked .golden file. The cases are the constructions the coder relies
// on: coordination, apposition, passive, negation, modals, clausal
// complements, relative clauses, quotations and the ", X said." tail.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/golden/*.txt")
	if len(files) == 0 {
		t.Fatal("no golden inputs")
	}
	p := New(nil)
	for _, in := range files {
		t.Run(filepath.Base(in), func(t *testing.T) {
			data, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			text := strings.TrimSpace(string(data))
			tree := p.Parse(text, dyad.Sentence{Span: dyad.Span{End: len(text)}})
			checkTree(t, tree, p, text)
			got := tree.String() + "\n"
			golden := strings.TrimSuffix(in, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("%s\n got %s\nwant %s", text, got, want)
			}
		})
	}
}
