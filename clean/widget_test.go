package clean

import (
	"testing"

	"github.com/dyadproject/dyad"
)

// TestWidgetPrefix checks the widget-prefix step on lines written for the
// test: share, reading and advertisement widgets and a byline with a
// reading time glued before a lead; and lines that must pass unchanged (a
// widget before a short line or a lower-case word, the phrase inside a
// sentence, a number without "Min Read").
func TestWidgetPrefix(t *testing.T) {
	lead := "Rebels seized the northern town of Kidal on Sunday, the army said."
	tests := []struct{ in, out string }{
		{"Share this article Copy link " + lead, lead},
		{"Keep reading ↓ " + lead, lead},
		{"Advertisement " + lead + "\nStory continues below advertisement " + lead, lead + "\n" + lead},
		{"AFP Staff 3 Min Read " + lead, lead},
		{"By Jane Doe 4 min read " + lead, lead},
		// Unchanged.
		{"Advertisement Rebels seized Kidal.", "Advertisement Rebels seized Kidal."},
		{"Advertisement revenue fell by a third at the two largest newspapers this year.", "Advertisement revenue fell by a third at the two largest newspapers this year."},
		{"The army said: Keep reading ↓ " + lead, "The army said: Keep reading ↓ " + lead},
		{"Officials said 2 Min Rebels seized the northern town of Kidal.", "Officials said 2 Min Rebels seized the northern town of Kidal."},
		{"Shares rose 3 percent on Monday after the results were read out.", "Shares rose 3 percent on Monday after the results were read out."},
	}
	for _, tt := range tests {
		got := tt.in
		if e := dropWidget(tt.in, &run{q: &dyad.Quality{}}); e != nil {
			checkEdit(t, "widget-prefix", e)
			got = e.text()
		}
		if got != tt.out {
			t.Errorf("widget-prefix(%q)\n got %q\nwant %q", tt.in, got, tt.out)
		}
	}
}
