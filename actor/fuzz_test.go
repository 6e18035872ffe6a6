package actor

import (
	"strings"
	"testing"
	"time"
)

func FuzzLoad(f *testing.F) {
	f.Add(strings.Join(header, "\t") + "\nIRN\tA\tB;C\tPresident\tIRNGOV\t2020-01\t2021-02-30\thigh\tk\n")
	f.Add(strings.Join(header, "\t") + "\n\t\t\t\t\t\t\t\t\n")
	f.Add("garbage")
	f.Fuzz(func(t *testing.T, s string) {
		h, _ := Load(strings.NewReader(s), "f.tsv")
		for _, tm := range h.Terms {
			if !tm.End.IsZero() && tm.End.Before(tm.Start) {
				t.Fatalf("term ends before it starts: %+v", tm)
			}
			h.Who(tm.Name, time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC))
		}
		_ = h.Check()
		var b strings.Builder
		_ = h.WriteDictionary(&b)
	})
}

// FuzzBareAliases: the one-word alias rule reads dictionary text; no input
// makes it panic, and a word it reads as a common name is rejected.
func FuzzBareAliases(f *testing.F) {
	f.Add([]byte("LIBERIA_ [LBR]\n+DAR_ES_SALAAM\nJOHN_SMITH_\n\t[USAGOV 20010101-20020101]\n"), []byte("--- BAN [172] ---\nBAN\n- * X [1]\n"))
	f.Add([]byte("[\n+\n]\n"), []byte("#"))
	f.Fuzz(func(t *testing.T, countries, verbs []byte) {
		r := ReadBareAliases(countries, verbs, nil, nil)
		for w := range r.English {
			if r.Reject(w, "XXX") == "" {
				t.Fatalf("English word %q not rejected", w)
			}
		}
	})
}
