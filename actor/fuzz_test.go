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
