package clean

import (
	"testing"

	"github.com/dyadproject/dyad"
)

// TestHeadlinePrefix checks the headline-prefix step on lines written for
// the test: headlines in capitals glued before a lead, one ending in a
// colon, one before a lead opening with "A"; and lines that must pass
// unchanged (acronyms before a name, a place's name whose dash was lost, a
// dateline with its dash, a line wholly in capitals, a short lead, one word
// in capitals, capitals inside a sentence).
func TestHeadlinePrefix(t *testing.T) {
	names := NewNames([]string{"Hong Kong", "Kenya", "Nairobi"})
	lead := "Rebels seized the northern town of Kidal on Sunday, the army said."
	tests := []struct{ in, out string }{
		{"REBELS TAKE KIDAL " + lead, lead},
		{"TOP STORIES " + lead, lead},
		{"MALI-ALGERIA LIVE: " + lead, lead},
		{"KENYA BANS RALLY A Nairobi court upheld a police ban on Tuesday's opposition rally.", "A Nairobi court upheld a police ban on Tuesday's opposition rally."},
		{"Intro line.\nSAHEL CRISIS DEEPENS " + lead, "Intro line.\n" + lead},
		// Unchanged.
		{"UN WFP Director Cindy McCain said aid would reach the town within a week.", "UN WFP Director Cindy McCain said aid would reach the town within a week."},
		{"HONG KONG Police arrested three more people over the fire at a housing estate.", "HONG KONG Police arrested three more people over the fire at a housing estate."},
		{"NAIROBI — " + lead, "NAIROBI — " + lead},
		{"REBELS SEIZE NORTHERN TOWN OF KIDAL", "REBELS SEIZE NORTHERN TOWN OF KIDAL"},
		{"REBELS TAKE KIDAL Rebels seized it.", "REBELS TAKE KIDAL Rebels seized it."},
		{"BREAKING " + lead, "BREAKING " + lead},
		{"The army said REBELS TAKE KIDAL " + lead, "The army said REBELS TAKE KIDAL " + lead},
	}
	for _, tt := range tests {
		got := tt.in
		if e := dropHeadline(tt.in, &run{opts: Options{Names: names}, q: &dyad.Quality{}}); e != nil {
			checkEdit(t, "headline-prefix", e)
			got = e.text()
		}
		if got != tt.out {
			t.Errorf("headline-prefix(%q)\n got %q\nwant %q", tt.in, got, tt.out)
		}
	}
}
