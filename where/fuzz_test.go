package where

import (
	"strings"
	"testing"
)

func FuzzLoad(f *testing.F) {
	f.Add("IRN\tcountry\tIran\t32\t53\tPersia|Islamic Republic of Iran\nIRN\tcapital\tTehran\t35.7\t51.4\t\n", "visited Persia and Tehran")
	f.Add("\t\t\t\t\t\n", "in ")
	f.Add("RUS\tcapital\tMoscow\t55.75\t37.62\t\nRUS\tlandmark\tMoscow\t55.75\t37.62\tKremlin|Russian White House\n", "met at the Russian White House and the Kremlin said")
	f.Add("USA\tlandmark\tWashington\t38.9\t-77\t|White House||\n", "at the White House's")
	f.Fuzz(func(t *testing.T, table, text string) {
		g, _ := Load(strings.NewReader(table), "f.tsv")
		for _, l := range g.Find(text) {
			if !l.Span.Valid(len(text)) || l.Span.Len() == 0 {
				t.Fatalf("bad span %v in %q", l.Span, text)
			}
		}
	})
}
