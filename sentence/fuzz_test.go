package sentence

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

func FuzzSpans(f *testing.F) {
	for _, s := range []string{"Gen. Smith left. He said \"no.\" U.S. The", "\n\n\n", "a.b.c. D", "\xff. \xfe", "Title Case Line\nNext"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, sp := range Spans(nil, s) {
			if !sp.Valid(len(s)) || sp.Start < prev || sp.End <= sp.Start || sp.Len() > MaxLen {
				t.Fatalf("bad span %v (previous end %d) in %d bytes", sp, prev, len(s))
			}
			if strings.TrimSpace(s[prev:sp.Start]) != "" && prev > 0 {
				// text between sentences is white space
				gap := s[prev:sp.Start]
				if strings.TrimFunc(gap, func(r rune) bool { return isSpace(r) }) != "" {
					t.Fatalf("non-space %q dropped between sentences", gap)
				}
			}
			prev = sp.End
		}
		_ = Split(&dyad.Document{ID: "x", Text: s})
	})
}
