package when

import (
	"testing"
	"time"
)

func FuzzFind(f *testing.F) {
	for _, s := range []string{"in late April", "on May 31, 2021", "2022-02-30", "next Tuesday", "3rd of", "mid-", "two weeks ago"} {
		f.Add(s)
	}
	doc := date(monday)
	f.Fuzz(func(t *testing.T, s string) {
		for _, d := range Find(s, doc) {
			if !d.Span.Valid(len(s)) || s[d.Span.Start:d.Span.End] != d.Text {
				t.Fatalf("bad span %v for %q", d.Span, s)
			}
		}
		Find(s, time.Time{})
	})
}
