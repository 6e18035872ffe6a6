package clean

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// apply runs one step and returns its output (the input when it made no edit).
func apply(t *testing.T, fn func(string, *run) *edit, in string) (string, *run) {
	t.Helper()
	r := &run{q: &dyad.Quality{}}
	e := fn(in, r)
	if e == nil {
		return in, r
	}
	checkEdit(t, "step", e)
	return e.text(), r
}

func TestSteps(t *testing.T) {
	tests := []struct {
		step    string
		fn      func(string, *run) *edit
		in, out string
	}{
		{"encoding", fixEncoding, "caf\xe9 \x93quoted\x94", "café “quoted”"},
		{"encoding", fixEncoding, "nul\x00byte", "nulbyte"},
		{"mojibake", fixMojibake, "donâ€™t", "don’t"},
		{"mojibake", fixMojibake, "CafÃ© au lait", "Café au lait"},
		{"mojibake", fixMojibake, "â€œHiâ€�", "“Hi”"},
		{"mojibake", fixMojibake, "Ã\u0083Â©", "é"}, // encoded twice
		{"mojibake", fixMojibake, "naïve Ãsop", "naïve Ãsop"},
		{"mojibake", fixMojibake, "São Paulo, Zürich, £5", "São Paulo, Zürich, £5"},
		{"unicode-nfc", fixNFC, "Cafe\u0301", "Café"},
		{"control-chars", fixControls, "a\r\nb\rc\x07d\u00ade\u200ef", "a\nb\ncdef"},
		{"whitespace", fixSpace, "  a\u00a0 b\u200b c  \n\n\n\nd\t\n", "a b c\n\nd\n"},
		{"whitespace", fixSpace, "one\ntwo\n \nthree", "one\ntwo\n\nthree"},
		{"whitespace", fixSpace, "clean text.\n", "clean text.\n"},
		{"paragraph-breaks", fixGlued, "he said.The end", "he said.\n\nThe end"},
		{"paragraph-breaks", fixGlued, `said they "agreed on all fields."Due to`, "said they \"agreed on all fields.\"\n\nDue to"},
		{"paragraph-breaks", fixGlued, `Tuesday."We are`, "Tuesday.\n\n\"We are"},
		{"paragraph-breaks", fixGlued, "the U.S.Army and e.g.The and example.com", "the U.S.Army and e.g.The and example.com"},
		{"wire-prefix", dropWirePrefix, "UPDATE 2-Chile recalls envoy\nREFILE-UPDATE 1-Peru votes\nEXCLUSIVE-Talks stall", "Chile recalls envoy\nPeru votes\nTalks stall"},
		{"wire-prefix", dropWirePrefix, "UPDATE-free text\nUPDATE 2 - Chile\nThe UPDATE 1-Chile\nRPT-", "UPDATE-free text\nUPDATE 2 - Chile\nThe UPDATE 1-Chile\nRPT-"},
		{"wire-prefix", dropWirePrefix, "CORRECTED-UPDATE 2-Chile recalls envoy", "Chile recalls envoy"},
		{"wire-prefix", dropWirePrefix, "UPDATE 1-2 killed in Lima\nUPDATE 1-Ñuble floods\nUPDATE 1-", "UPDATE 1-2 killed in Lima\nUPDATE 1-Ñuble floods\nUPDATE 1-"},
		{"spam-line", dropSpam, "Business as usual meme free#\nThe army said it would withdraw.\nTalks go on.", "The army said it would withdraw.\nTalks go on."},
		{"spam-line", dropSpam, "Hostages set free in Mali\nGunmen set the hostages free in northern Mali on Monday.\nMali thanked mediators.", "Hostages set free in Mali\nGunmen set the hostages free in northern Mali on Monday.\nMali thanked mediators."},
		{"boilerplate", dropBoilerplate, "Share this article\nThe group said it would sign up 500 volunteers.\nRead more: other news", "The group said it would sign up 500 volunteers.\n"},
		{"boilerplate", dropBoilerplate, "Biden comments on strike\nMost read\nThe union said the strike would go on.", "Biden comments on strike\nThe union said the strike would go on."},
		{"navigation", dropNavigation, "Home | World | Sport\nText here.\nHome | World | Sport", "Text here.\n"},
		{"navigation", dropNavigation, "Menu\nNews\nWorld\nSport\nThe story starts here.", "The story starts here."},
		{"navigation", dropNavigation, "The dead were named as:\nAli Hassan\nMaria Lopez\nJohn Smith\nAnn Lee", "The dead were named as:\nAli Hassan\nMaria Lopez\nJohn Smith\nAnn Lee"},
		{"html-markup", fixMarkup, "<p>Tom &amp; Jerry&#8217;s <b>talks</b></p><p>ended&nbsp;today.<br/>Next</p>", "\n\nTom & Jerry’s talks\n\n\n\nended\u00a0today.\nNext\n\n"},
		{"html-markup", fixMarkup, "if a < b and c > d, AT&T; &notanentity <unknown> <!-- x -->", "if a < b and c > d, AT&T; &notanentity <unknown> "},
		{"line-wraps", fixWraps, "The minister said on Monday that talks with the\nrebels would resume next week in the capital, and that a well-\nknown mediator and the army would both take part\nin the talks.\n\nShort line\n- item one\n- item two", "The minister said on Monday that talks with the rebels would resume next week in the capital, and that a well-known mediator and the army would both take part in the talks.\n\nShort line\n- item one\n- item two"},
		{"line-wraps", fixWraps, "Talks resume\n\nNegotiators met on Monday in Geneva, the first\nround since March. Officials said\nthe mood was good.\nNext week:\nmore talks.", "Talks resume\n\nNegotiators met on Monday in Geneva, the first round since March. Officials said the mood was good.\nNext week: more talks."},
		{"line-wraps", fixWraps, "One paragraph per line, as most files have it, with long lines that run past the width of any terminal.\nA second paragraph.\nA third.\nA fourth.", "One paragraph per line, as most files have it, with long lines that run past the width of any terminal.\nA second paragraph.\nA third.\nA fourth."},
	}
	for _, tt := range tests {
		got, _ := apply(t, tt.fn, tt.in)
		if got != tt.out {
			t.Errorf("%s(%q) = %q, want %q", tt.step, tt.in, got, tt.out)
		}
	}
}

func TestShiftedLetters(t *testing.T) {
	tests := []struct {
		in, out string
	}{
		// Two glued capitals, one a known word: restored.
		{"It began.Ĭhinese forces left.Ľhe army stayed. Chinese troops", "It began.Chinese forces left.The army stayed. Chinese troops"},
		// A capital glued to a line without punctuation, in a word of
		// capitals (a dateline after a byline), gets its paragraph back.
		{"By Ann Lee and Li WenĽEHRAN, April 28 - Iran agreed.Ľhe talks.Ĭhinese envoys. Chinese", "By Ann Lee and Li Wen\n\nTEHRAN, April 28 - Iran agreed.The talks.Chinese envoys. Chinese"},
		// Accented names are not a constant offset to known words.
		{"Émile met Élodie and Ørsted in Ålesund.", "Émile met Élodie and Ørsted in Ålesund."},
		// A single odd word is not enough to fix an offset.
		{"The talks ended.Ĭhinese envoys left.", "The talks ended.Ĭhinese envoys left."},
		// Lower-case shifted words inside sentences, offset 0x400.
		{"Troops of \u0474he army and \u0474he police and \u0461nd more.", "Troops of the army and the police and and more."},
	}
	for _, tt := range tests {
		got, _ := apply(t, fixShifted, tt.in)
		if got != tt.out {
			t.Errorf("fixShifted(%q) = %q, want %q", tt.in, got, tt.out)
		}
	}
}

func TestUnitEnd(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"headed by Minister of Defense Gen.", endTitle},
		{"due to the U.N.", endAbbrev},
		{"he said, e.g.", endAbbrev},
		{"in place until October 2020.", endStop},
		{`other common fields."`, endStop},
		{"Is it?", endStop},
		{"Business as usual meme free#", endOpen},
		{"officers of the Guard (IRGC).", endStop},
		{"signed by John F.", endAbbrev},
	}
	for _, tt := range tests {
		if got := unitEnd(tt.in); got != tt.want {
			t.Errorf("unitEnd(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestMentions(t *testing.T) {
	s := "President Ebrahim Raisi met the Armed Forces General Staff (AFGS). Raisi thanked AFGS officers and China's envoy."
	units := splitUnits(s, 0)
	m := findMentions(s, units, 0)
	if _, ok := m.names["Raisi"]; !ok {
		t.Errorf("Raisi not found in full and short: %v", m.names)
	}
	if _, ok := m.acronyms["AFGS"]; !ok {
		t.Errorf("AFGS not found defined and bare: %v", m.acronyms)
	}
	if n, a, _ := m.judge([]int{0, 1}); n != 1 || a != 1 {
		t.Errorf("reading order judged names %d acronyms %d, want 1 1", n, a)
	}
	if n, a, _ := m.judge([]int{1, 0}); n != -1 || a != -1 {
		t.Errorf("reversed order judged names %d acronyms %d, want -1 -1", n, a)
	}
}

func TestLanguage(t *testing.T) {
	tests := []struct {
		text, lang string
		skipped    bool
	}{
		{strings.Repeat("The minister said on Monday that the talks with the rebels would resume in the capital next week. ", 3), "en", false},
		{"Le gouvernement a annoncé mardi de nouvelles mesures pour soutenir les agriculteurs touchés par la sécheresse, et les syndicats ont salué ces annonces.", "fr", true},
		{"Die Regierung hat am Dienstag neue Maßnahmen angekündigt, um die von der Dürre betroffenen Landwirte zu unterstützen.", "de", true},
		{"ok", "", false},
	}
	for _, tt := range tests {
		doc := &dyad.Document{Text: tt.text, ID: "d1", Input: "in.txt"}
		Repair(doc, Options{Names: gazetteerNames})
		if doc.Lang != tt.lang {
			t.Errorf("Lang of %.30q = %q, want %q", tt.text, doc.Lang, tt.lang)
		}
		rj := Skipped(doc)
		if (rj != nil) != tt.skipped {
			t.Errorf("Skipped(%.30q) = %+v, want skipped %v", tt.text, rj, tt.skipped)
		}
		if rj != nil && (rj.Kind != "skipped" || rj.DocID != "d1" || rj.Input != "in.txt" || !strings.Contains(rj.Detail, tt.lang)) {
			t.Errorf("reject %+v", rj)
		}
	}
}

func TestOptionsDisable(t *testing.T) {
	in := "Cheap viagra free download\nThe army said it would withdraw from the town by Friday."
	doc := &dyad.Document{Text: in}
	Repair(doc, Options{Disable: []string{"spam-line", "language"}, Names: gazetteerNames})
	if doc.Text != in || doc.Lang != "" || doc.Quality.Language != "" {
		t.Errorf("disabled steps ran: %q lang %q", doc.Text, doc.Lang)
	}
}

func TestLettersBefore(t *testing.T) {
	s := "Chinese and chinese, Ĭhinese, Machinese; shinese2 and the Thinese."
	got := lettersBefore(s, "hinese")
	want := uint32(1<<('c'-'a') | 1<<('t'-'a'))
	if got != want {
		t.Errorf("lettersBefore = %b, want %b", got, want)
	}
	counts := countWords("The army; the ARMY and armies. Army!", map[string]int{"army": 1}, nil)
	counts = countWords("ignored", map[string]int{"army": 1, "the": 1}, counts)
	if counts["army"] != 3 || counts["the"] != 0 {
		t.Errorf("countWords = %v, want army 3 (counted once), the 0 (counted in the second text)", counts)
	}
}

func TestQuoteBalance(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{`"We are ready.`, 1},
		{`We will not wait," he said.`, -1},
		{`He called it "a disaster".`, 0},
		{`“We are ready.`, 1},
		{`We will not wait,” he said.`, -1},
		{`No quotes here.`, 0},
	}
	for _, tt := range tests {
		if got := quoteBalance(tt.in); got != tt.want {
			t.Errorf("quoteBalance(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
	// A quotation cut into fragments and reversed is put back in order.
	text := `Defence Minister Ali Reza spoke on Monday. "We are ready. We will not wait," Reza said. Talks resume today.`
	in := naiveReverse(text)
	doc := &dyad.Document{Text: in}
	Repair(doc, Options{Names: gazetteerNames})
	if doc.Text != text {
		t.Errorf("reversed quotation not restored:\n got %q\nfrom %q", doc.Text, in)
	}
}

// TestWirePrefixExample checks the report's example of the wire-prefix
// step: the text after the arrow is the text before it less the slug, the
// line before the headline kept on both sides.
func TestWirePrefixExample(t *testing.T) {
	e := dropWirePrefix("Talks go on.\nUPDATE 1-Chile recalls envoy", &run{q: &dyad.Quality{}})
	if e == nil {
		t.Fatal("no edit")
	}
	before, after, ok := strings.Cut(e.example, " → ")
	if !ok || !strings.Contains(before, "on.\nUPDATE 1-Chile") || after != strings.Replace(before, "UPDATE 1-", "", 1) {
		t.Errorf("example %q, want the same text on both sides less the slug", e.example)
	}
}
