package when

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/internal/golden"
)

// TestGolden pins every expression found in testdata/sentences.txt, read
// against the reference article's date.
func TestGolden(t *testing.T) {
	in, err := os.ReadFile("testdata/sentences.txt")
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	for i, s := range strings.Split(strings.TrimSpace(string(in)), "\n") {
		for _, d := range Find(s, date(monday)) {
			fmt.Fprintf(&b, "%d\t%d-%d\t%q\t%s\t%s\n", i+1, d.Span.Start, d.Span.End, d.Text, d.Time.Format("2006-01-02"), d.Precision)
		}
	}
	golden.Check(t, "testdata/sentences.golden", b.Bytes())
}
