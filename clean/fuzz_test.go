package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

func addSeeds(f *testing.F) {
	files, _ := filepath.Glob("testdata/golden/*/input.txt")
	more, _ := filepath.Glob("testdata/articles/*.txt")
	for _, p := range append(files, more...) {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	for _, s := range []string{"", "\n", "Ã", "â€", "Gen.", "a.B", "\r", "\u200b", "(ABC) ABC", "x.Ĭy",
		"UPDATE 1-A", "REFILE-UPDATE 3-\n", "CORRECTED-UPDATE 12-Ĭ", "RPT-RPT-X", "UPDATE 9",
		"audi Arabia's", "ew Zealand", "outh Africa Africa", "X - orth Korean", "outh Ab Cd Ef Gh Ij Kl Mn Op Qr",
		// repair34's droppedInitialLong: a name's first word and the words
		// after it, cut at each place the step reads up to.
		"ri Lanka's president fled.", "outh africa's envoy left.", "Envoys from outh Africa left.",
		"an Marino customs", "outh of the border", "outh ", "outh Af", "ew Zealand\n\new Zealand",
		"outh A", "outh Africa\u00e9", "\u00e9uth Africa", "ew  Zealand",
		// new39's widgets ending in a link mark and widgets in a chain,
		// whole and cut at each place widgetAt and widgetPhraseAt read.
		"READ MORE >> Kenya expels two Ugandan diplomats over spying row",
		"Read more: Kenya expels two Ugandan diplomats over spying row",
		"Share this article: Kenya expels two Ugandan diplomats over spying row",
		"Share on WhatsApp Share on X Kenya expels two Ugandan diplomats over spying row",
		"Share on Facebook | Kenya expels two Ugandan diplomats over spying row",
		"Kenya expels two Ugandan diplomats over spying row\n\nREAD MORE >>",
		"READ MORE >>", "READ MORE >", "READ MORE ", "Read more:", "Share on X", "Share on X ",
		"Share on X Share on", "Share on Facebook |", "Share on Facebook \u00bb", "Share on Facebook \xc2",
		"READ MORE >>  \n", "Share on X: Kenya",
		// new41's capitals headline and pipe labels before a lead, whole
		// and cut at each place headlineAt and labelsAt read.
		"MAYOR SHOT DEAD Gunmen shot dead the mayor of a Mexican town on Saturday.",
		"IRAN-ISRAEL LIVE: Tehran says it fired missiles at Israel overnight.",
		"RUSSIA JAILS DANCER A Moscow court jailed a ballet dancer for treason.",
		"HONG KONG Police arrested six people on Monday over the protests.",
		"US FBI Director Kash Patel said on Monday the inquiry was over.",
		"MAYOR SHOT DEAD Gunmen", "MAYOR SHOT DEAD G", "MAYOR SHOT:", "MAYOR SHOT DEAD A ", "AB CDEFG ",
		"Tasnim News Agency | Iran's Revolutionary Guards shot down a drone on Monday.",
		"BREAKING NEWS | By Staff Reporter | Seoul says North Korea fired a missile today.",
		"Truce takes hold | Malian troops and rebels observe ceasefire in Kidal | Africa | Sahel Daily",
		" | ", "a | B", " | Seoul says North Korea fired a missile today.",
		"Talks end. | Seoul says North Korea fired a missile today."} {
		f.Add(s)
	}
}

// FuzzRepair: any input repairs without panic into valid UTF-8 whose every
// copied piece matches the input bytes.
func FuzzRepair(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, in string) {
		doc := &dyad.Document{Text: in}
		Repair(doc, Options{Names: gazetteerNames})
		checkAlign(t, doc)
		if doc.Quality == nil || doc.Quality.Score < 0 || doc.Quality.Score > 1 {
			t.Fatalf("bad quality %+v", doc.Quality)
		}
		// Repair is stable: repairing the output again changes nothing
		// that the first pass produced as paragraph structure.
		if strings.Contains(doc.Text, "\n\n\n") {
			t.Fatalf("three newlines in the repaired text: %q", doc.Text)
		}
	})
}

// FuzzSteps runs every step alone: no panic on any input, and on valid UTF-8
// an edit whose pieces copy the input and whose output is valid UTF-8.
func FuzzSteps(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, in string) {
		for _, st := range steps {
			r := &run{opts: Options{Names: gazetteerNames}, q: &dyad.Quality{}}
			st.fn(in, r) // must not panic on invalid input either
			if !utf8.ValidString(in) {
				continue
			}
			e := st.fn(in, r)
			if e == nil {
				continue
			}
			checkEdit(t, st.name, e)
		}
	})
}
