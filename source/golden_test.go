package source

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/golden"
)

// result is what reading an input produced, as stored in golden files.
type result struct {
	Docs    []*dyad.Document `json:"docs"`
	Rejects []dyad.Reject    `json:"rejects"`
}

// caseOptions is the optional options.json of a golden case.
type caseOptions struct {
	Date    string `json:"date"`
	Source  string `json:"source"`
	Format  string `json:"format"`
	MaxSize int64  `json:"max_size"`
}

func loadOptions(t *testing.T, dir string) Options {
	t.Helper()
	var co caseOptions
	b, err := os.ReadFile(filepath.Join(dir, "options.json"))
	if err == nil {
		if err := json.Unmarshal(b, &co); err != nil {
			t.Fatal(err)
		}
	}
	opts := Options{Source: co.Source, Format: co.Format, MaxSize: co.MaxSize}
	if co.Date != "" {
		d, err := dyad.ParseDate(co.Date)
		if err != nil {
			t.Fatal(err)
		}
		opts.Date = d
	}
	return opts
}

// walkAll reads paths with Walk and collects documents and rejects.
func walkAll(t testing.TB, paths []string, opts Options) result {
	t.Helper()
	var res result
	err := Walk(context.Background(), paths, opts,
		func(d *dyad.Document) error { res.Docs = append(res.Docs, d); return nil },
		func(r dyad.Reject) { res.Rejects = append(res.Rejects, r) })
	if err != nil {
		t.Fatalf("Walk: %v", err)
	}
	return res
}

// checkGolden compares res with dir/golden.json, or rewrites it with -update.
func checkGolden(t *testing.T, dir string, res result) {
	t.Helper()
	got, err := json.MarshalIndent(res, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	golden.Check(t, filepath.Join(dir, "golden.json"), got)
}

// TestGolden reads testdata/<case>/input* (files or folders) and compares
// the documents and rejects with testdata/<case>/golden.json.
func TestGolden(t *testing.T) {
	dirs, err := filepath.Glob("testdata/*")
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range dirs {
		inputs, _ := filepath.Glob(filepath.Join(dir, "input*"))
		if len(inputs) == 0 {
			continue
		}
		t.Run(filepath.Base(dir), func(t *testing.T) {
			res := walkAll(t, inputs, loadOptions(t, dir))
			checkGolden(t, dir, res)
			// Re-reading gives the same ids.
			again := walkAll(t, inputs, loadOptions(t, dir))
			for i := range res.Docs {
				if res.Docs[i].ID != again.Docs[i].ID {
					t.Errorf("doc %d: id %s then %s", i, res.Docs[i].ID, again.Docs[i].ID)
				}
			}
		})
	}
}

// TestNothingDropped checks that every file of the folder case shows up as a
// document or a reject, and that each reject names its file and reason.
func TestNothingDropped(t *testing.T) {
	res := walkAll(t, []string{"testdata/dir/input"}, loadOptions(t, "testdata/dir"))
	seen := map[string]bool{}
	for _, d := range res.Docs {
		seen[d.Input] = true
	}
	for _, r := range res.Rejects {
		if r.Input == "" || r.Reason == "" || r.Kind == "" {
			t.Errorf("reject without input, reason or kind: %+v", r)
		}
		seen[r.Input] = true
	}
	err := filepath.WalkDir("testdata/dir/input", func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasPrefix(d.Name(), ".") {
			return err
		}
		if !seen[p] {
			t.Errorf("%s produced neither a document nor a reject", p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if seen["testdata/dir/input/.hidden.txt"] {
		t.Error("hidden file was read")
	}
}
