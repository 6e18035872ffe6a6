// Package golden compares test output with a golden file under testdata/,
// and rewrites the file when the test runs with -update.
package golden

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

// Update is the -update flag of the test binary: rewrite golden files
// instead of comparing with them.
var Update = flag.Bool("update", false, "rewrite the golden files under testdata/ with the current output")

// Check compares got with the golden file at path; with -update it writes
// got there first. A difference fails t and prints the output, so it can be
// read before running with -update.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *Update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run with -update after checking):\n%s", path, got)
	}
}
