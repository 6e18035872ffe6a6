package clean

import (
	"testing"

	"github.com/dyadproject/dyad"
)

// TestLabelPrefix checks the label-prefix step on lines written for the
// test: a site's name, a flag, a byline and time stamp, and a headline
// glued before a lead with vertical bars; and lines that must pass
// unchanged (labels after a headline, a short line after the bar, a label
// that is a sentence, a label of more than eight words, a lead in lower
// case, no spaced bar).
func TestLabelPrefix(t *testing.T) {
	lead := "Rebels seized the northern town of Kidal on Sunday, the army said."
	tests := []struct{ in, out string }{
		{"Sahel Daily | " + lead, lead},
		{"BREAKING NEWS | " + lead, lead},
		{"By Staff Reporter | Updated 14:32 GMT | " + lead, lead},
		{"Rebels take Kidal | " + lead, lead},
		{"Intro line.\nSahel Daily | " + lead, "Intro line.\n" + lead},
		// Unchanged.
		{"Rebels take Kidal in overnight assault | World News | Sahel Daily", "Rebels take Kidal in overnight assault | World News | Sahel Daily"},
		{"Sahel Daily | Rebels seized Kidal.", "Sahel Daily | Rebels seized Kidal."},
		{"The army said rebels had taken the town. | " + lead, "The army said rebels had taken the town. | " + lead},
		{"Rebels take the northern town of Kidal after a long night of fighting | " + lead, "Rebels take the northern town of Kidal after a long night of fighting | " + lead},
		{"Sahel Daily | rebels seized the northern town of Kidal on Sunday, the army said.", "Sahel Daily | rebels seized the northern town of Kidal on Sunday, the army said."},
		{"Sahel Daily|" + lead, "Sahel Daily|" + lead},
	}
	for _, tt := range tests {
		got := tt.in
		if e := dropLabels(tt.in, &run{q: &dyad.Quality{}}); e != nil {
			checkEdit(t, "label-prefix", e)
			got = e.text()
		}
		if got != tt.out {
			t.Errorf("label-prefix(%q)\n got %q\nwant %q", tt.in, got, tt.out)
		}
	}
}
