package report_test

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/report"
)

// FuzzParseDyads: dyad lists come from the command line and, through a
// caller, from URLs; whatever they hold, parsing does not panic, and what
// it accepts prints back to a list that parses to the same dyads.
func FuzzParseDyads(f *testing.F) {
	for _, s := range []string{"CHN-IRN", "chn-sau, CHN-ARE", "-", ",,", "CHN--IRN", "ÇHN-IRN", "CHN-IRN,"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ds, err := report.ParseDyads(s)
		if err != nil {
			return
		}
		var parts []string
		for _, d := range ds {
			parts = append(parts, d.String())
		}
		again, err := report.ParseDyads(strings.Join(parts, ","))
		if err != nil || len(again) != len(ds) {
			t.Fatalf("%q → %v → %v, %v", s, ds, again, err)
		}
		for i := range ds {
			if again[i] != ds[i] {
				t.Fatalf("%q: %v then %v", s, ds[i], again[i])
			}
		}
	})
}
