package pipeline_test

import (
	"testing"

	"github.com/dyadproject/dyad"
)

// codeRepaired codes text with the repair on, as `dyad code` and
// `dyad eval --news` do (codeText leaves it off).
func codeRepaired(t *testing.T, text, date string) []dyad.Event {
	t.Helper()
	return codeWith(t, built(t, repairPipeline), text, date)
}

// TestScrapedNameCase codes, through the whole pipeline, sentences whose
// country or capital names a scraper left without their capitals (round
// twenty-eight's clean/case.go): a lower-case name, a paragraph's dropped
// first letter, a doubled one. Unrepaired, the tagger reads the word as a
// common noun and the actor is lost (checked too, so that each case shows
// the repair at work). Beside them, "china" the porcelain stays a common
// noun and gives no actor.
func TestScrapedNameCase(t *testing.T) {
	tests := []struct{ text, want string }{ // want: all events, "SRC>TGT CODE; …"
		// Lower-case names.
		{"nigeria closed its border with benin on Monday.", "NGA>BEN 163"},
		// A paragraph's first letter dropped, or doubled.
		{"oscow summoned the Finnish ambassador on Wednesday to protest against the decision.", "RUS>FINGOV 114"},
		{"enya recalled its ambassador from Somalia on Tuesday.", "KEN>SOM 161"},
		{"GGhana expelled 12 Nigerian diplomats on Monday.", "GHA>NGAGOV 161"},
	}
	checkRepaired(t, "2025-01-01", tests, []string{
		"The minister's fine china was sold at auction on Monday.",
		"The chef served turkey and jordan almonds on fine china to the guests.",
	})
}

// checkRepaired codes each case with the repair on, where it must give
// want, and off, where it must not (else the case shows no repair); each
// negative text must give no event with the repair on.
func checkRepaired(t *testing.T, date string, tests []struct{ text, want string }, negatives []string) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := list(codeRepaired(t, tt.text, date)); got != tt.want {
				t.Errorf("repaired: got %q, want %q", got, tt.want)
			}
			if got := list(codeText(t, tt.text, date)); got == tt.want {
				t.Errorf("unrepaired text codes %q already: the case tests nothing", got)
			}
		})
	}
	for _, text := range negatives {
		if got := list(codeRepaired(t, text, date)); got != "" {
			t.Errorf("%q: got %q, want no event", text, got)
		}
	}
}
