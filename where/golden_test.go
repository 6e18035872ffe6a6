package where

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/internal/golden"
)

// TestGolden pins every expression found in testdata/sentences.txt, read
// as event locations.
func TestGolden(t *testing.T) {
	in, err := os.ReadFile("testdata/sentences.txt")
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	for i, s := range strings.Split(strings.TrimSpace(string(in)), "\n") {
		for _, l := range Default().Find(s) {
			fmt.Fprintf(&b, "%d\t%d-%d\t%q\t%s\t%q\t%.4f,%.4f\n", i+1, l.Span.Start, l.Span.End, s[l.Span.Start:l.Span.End], l.Country, l.Place, l.Lat, l.Lon)
		}
	}
	golden.Check(t, "testdata/sentences.golden", b.Bytes())
}
