package clean

import (
	"strings"
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

// TestBoilerplateKeepsGluedLead: a short lead glued to a widget is not a
// boilerplate line. The boilerplate step used to drop the whole line (it
// opens with "share this" or "advertisement" and has fifteen words or
// fewer), losing the lead; now it leaves the line and the widget-prefix
// step removes the widget. A widget alone on its line, or before a line too
// short or in lower case to be a lead, is still dropped whole.
func TestBoilerplateKeepsGluedLead(t *testing.T) {
	lead := "Rebels seized the northern town of Kidal on Sunday."
	tests := []struct{ in, out string }{
		{"Share this article Copy link " + lead, lead},
		{"Advertisement " + lead, lead},
		{"Keep reading ↓ " + lead + "\n\nShare this article", lead},
		// The widget goes with its line.
		{lead + "\n\nShare this article Copy link", lead},
		{lead + "\n\nAdvertisement Rebels seized Kidal.", lead},
		{lead + "\n\nAdvertisement revenue fell by a third this year.", lead},
	}
	for _, tt := range tests {
		doc := &dyad.Document{Text: tt.in}
		Repair(doc, Options{})
		if strings.TrimSuffix(doc.Text, "\n") != tt.out {
			t.Errorf("Repair(%q)\n got %q\nwant %q", tt.in, doc.Text, tt.out)
		}
	}
}

// TestWidgetLinkMarks: a teaser or share widget that ends in a link mark
// (":", ">>", "»", "|") or comes in a chain of share buttons is removed
// from the lead it is glued to. Before round thirty-four "READ MORE >>"
// made the boilerplate step drop the whole line, the lead with it, against
// that step's promise to leave a glued lead to this one; "Share this
// article:" and "Share on WhatsApp Share on X" stayed as the lead's
// subject. A teaser alone, or before a lower-case or short line, still
// goes whole with its line.
func TestWidgetLinkMarks(t *testing.T) {
	lead := "Kenya expels two Ugandan diplomats over spying row"
	tests := []struct{ in, out string }{
		{"READ MORE >> " + lead, lead},
		{"Read more: " + lead, lead},
		{"Share this article: " + lead, lead},
		{"Share on WhatsApp Share on X " + lead, lead},
		{"Share on Facebook | " + lead, lead},
		// The widget goes with its line; text inside a sentence stays.
		{lead + "\n\nREAD MORE >>", lead},
		{lead + "\n\nRead more: the full ruling", lead},
		{"The ministry said: Share on X " + lead, "The ministry said: Share on X " + lead},
	}
	for _, tt := range tests {
		doc := &dyad.Document{Text: tt.in}
		Repair(doc, Options{})
		if strings.TrimSuffix(doc.Text, "\n") != tt.out {
			t.Errorf("Repair(%q)\n got %q\nwant %q", tt.in, doc.Text, tt.out)
		}
	}
}
