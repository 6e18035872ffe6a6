package report_test

import (
	"flag"
	"os"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files (and docs/img/report.png from the browser test)")

var tmpRoot string

// tempDir is a directory that lives as long as the test binary: the corpus
// store is shared by the tests of a run.
func tempDir() (string, error) { return os.MkdirTemp(tmpRoot, "report-") }

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "dyad-report-test-")
	if err != nil {
		panic(err)
	}
	tmpRoot = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}
