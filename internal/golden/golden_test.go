package golden

import (
	"os"
	"path/filepath"
	"testing"
)

// recorder is a testing.TB that records failures instead of stopping.
type recorder struct {
	testing.TB
	failed bool
}

func (r *recorder) Errorf(string, ...any) { r.failed = true }
func (r *recorder) Fatalf(string, ...any) { r.failed = true }
func (r *recorder) Helper()               {}

func TestCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.golden")
	os.WriteFile(path, []byte("a\n"), 0o644)
	r := &recorder{TB: t}
	Check(r, path, []byte("a\n"))
	if r.failed {
		t.Error("equal output failed")
	}
	r = &recorder{TB: t}
	Check(r, path, []byte("b\n"))
	if !r.failed {
		t.Error("different output passed")
	}
	r = &recorder{TB: t}
	Check(r, filepath.Join(t.TempDir(), "missing.golden"), []byte("a\n"))
	if !r.failed {
		t.Error("missing golden file passed")
	}
}
