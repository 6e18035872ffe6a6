package clean

import (
	"testing"

	"github.com/dyadproject/dyad"
)

// caseNames are the names the name-case tests need, as the gazetteer writes
// them: those the cases restore, those that must stay lower case because
// they are English words (China, Polish, Jordan, Turkey, Niger), those a
// longer word only begins with (Iranian, Kenyan), and those an English word
// becomes with one more letter (Spain, Finland, Greek).
var caseNames = NewNames([]string{
	"Ghana", "Nigeria", "North Korea", "North Korean", "South Korea", "South Korean",
	"Hanoi", "Ecuador", "Peru", "Bolivia", "Poland", "Kenya", "Kenyan", "Tehran",
	"German", "Cuban", "Moscow", "Chile", "Nepal", "Iran", "Iranian", "Bern",
	"China", "Polish", "Jordan", "Turkey", "Niger", "Spain", "Finland", "Greek",
})

// applyNames runs the name-case step with names and returns its output.
func applyNames(t *testing.T, ns *Names, in string) string {
	t.Helper()
	e := fixNameCase(in, &run{opts: Options{Names: ns}, q: &dyad.Quality{}})
	if e == nil {
		return in
	}
	checkEdit(t, "name-case", e)
	return e.text()
}

// TestNameCase checks the name-case step on sentences written for the test:
// names left in lower case, a paragraph's first letter dropped or doubled,
// and text that must pass unchanged (names that are English words, URLs,
// hashtags, words that only end like a name). Each case runs with the
// test's own names and with the gazetteer's, which the stages are composed
// with.
func TestNameCase(t *testing.T) {
	tests := []struct{ in, out string }{
		// Lower-case names, one word and several.
		{"officials in ghana said nigeria had closed the border.", "officials in Ghana said Nigeria had closed the border."},
		{"north korean envoys met south korea's delegation in hanoi.", "North Korean envoys met South Korea's delegation in Hanoi."},
		{"Troops from ecuador, peru and bolivia held drills.", "Troops from Ecuador, Peru and Bolivia held drills."},
		// A paragraph's first letter dropped, at the text start and after a break.
		{"oland recalled its envoy.\nenya closed its embassy.", "Poland recalled its envoy.\nKenya closed its embassy."},
		{"ehran's foreign ministry protested.", "Tehran's foreign ministry protested."},
		// A paragraph's first letter doubled.
		{"GGerman police raided the offices.\nccuban officials denied it.", "German police raided the offices.\nCuban officials denied it."},
		{"TThe talks ended.", "The talks ended."},
		// Unchanged: English words that are also names, words that are not
		// names, names inside hosts, paths, hashtags and longer words.
		{"The china cabinet and a polish finish; jordan almonds and a turkey.", "The china cabinet and a polish finish; jordan almonds and a turkey."},
		{"See kenya.com, www.peru.org/chile, #ghana, @nepal and news/iran today.", "See kenya.com, www.peru.org/chile, #ghana, @nepal and news/iran today."},
		{"the iranians and a kenyanized form; niger-delta", "the iranians and a kenyanized form; niger-delta"},
		{"pain in the knee.\ninland waters froze.\naren't they?", "pain in the knee.\ninland waters froze.\naren't they?"},
		{"he said.\nLLoyd arrived.\naardvarks eat ants.", "he said.\nLLoyd arrived.\naardvarks eat ants."},
		{"Kenya and Peru agreed.", "Kenya and Peru agreed."},
		{"the meeting in bern-", "the meeting in bern-"},
	}
	for _, set := range []struct {
		name string
		ns   *Names
	}{{"test names", caseNames}, {"gazetteer", gazetteerNames}} {
		for _, tt := range tests {
			if got := applyNames(t, set.ns, tt.in); got != tt.out {
				t.Errorf("%s: name-case(%q)\n got %q\nwant %q", set.name, tt.in, got, tt.out)
			}
		}
	}
}

// TestNameCaseNoNames: without names the step changes nothing.
func TestNameCaseNoNames(t *testing.T) {
	in := "officials in ghana said.\noscow agreed."
	if got := applyNames(t, nil, in); got != in {
		t.Errorf("no names: got %q, want the input", got)
	}
}

// TestNameCaseDroppedAmbiguous: a dropped letter is put back only when one
// letter alone makes a name.
func TestNameCaseDroppedAmbiguous(t *testing.T) {
	for _, ns := range []*Names{caseNames, gazetteerNames} {
		if c := ns.droppedInitial("oscow"); c != 'M' {
			t.Errorf("oscow: got %q, want 'M'", c)
		}
		for _, w := range []string{"the", "talks", "xyzzy", "ran", "pain"} {
			if c := ns.droppedInitial(w); c != 0 {
				t.Errorf("%s: got %q, want none", w, c)
			}
		}
	}
	// Two letters each make a name: neither is put back.
	if c := NewNames([]string{"Gabon", "Xabon"}).droppedInitial("abon"); c != 0 {
		t.Errorf("abon with Gabon and Xabon: got %q, want none", c)
	}
}

// TestNameCaseLostInitialWide checks the lost first letters put back beyond
// the places NewNames reads: places that are English words ("hina"), office
// holders' surnames ("utin") and the word after a wire dateline ("MOSCOW
// (Reuters) - ussia"); and what must stay: those names in lower case, a
// damaged word the lexicon knows ("rice" is no lost Price), the first word
// of a longer name ("outh") with no name after it, a dash that closes no dateline, and names read
// without a lexicon.
func TestNameCaseLostInitialWide(t *testing.T) {
	tests := []struct{ in, out string }{
		{"hina protested.\nordan closed its border.", "China protested.\nJordan closed its border."},
		{"utin phoned Macron.\nrdogan replied on Friday.", "Putin phoned Macron.\nErdogan replied on Friday."},
		{"MOSCOW, July 3 (Reuters) - ussia recalled its envoy.", "MOSCOW, July 3 (Reuters) - Russia recalled its envoy."},
		{"KYIV (AP) — krainian drones hit a depot.", "KYIV (AP) — Ukrainian drones hit a depot."},
		{"ANKARA -- urkish troops crossed.\nBERLIN - cholz said no.", "ANKARA -- Turkish troops crossed.\nBERLIN - Scholz said no."},
		// A surname that is also a word is put back where the damaged
		// word is none: "rown" is no word, "Brown" either reading.
		{"rown said no.", "Brown said no."},
		// Unchanged.
		{"a china vase; the putin era; erdogan said.", "a china vase; the putin era; erdogan said."},
		{"rice rose.\nrice fell.", "rice rose.\nrice fell."},
		// "outh" alone opens South Africa and South Korea: with no name
		// after it, no letter is put back (TestNameCaseLostInitialLong
		// has it followed by its name).
		{"outh of the border, farmers said.", "outh of the border, farmers said."},
		{"Officials said - ussia was silent. He left - ussia next.", "Officials said - ussia was silent. He left - ussia next."},
		{"MOSCOW (Reuters) - the talks ended.", "MOSCOW (Reuters) - the talks ended."},
	}
	for _, tt := range tests {
		if got := applyNames(t, gazetteerNames, tt.in); got != tt.out {
			t.Errorf("name-case(%q)\n got %q\nwant %q", tt.in, got, tt.out)
		}
	}
	// Without a lexicon surnames and word-like places are not read.
	plain := NewNamesWith([]string{"China", "Kenya"}, []string{"Putin"}, nil)
	for _, in := range []string{"hina protested.", "utin agreed."} {
		if got := applyNames(t, plain, in); got != in {
			t.Errorf("no lexicon: name-case(%q) = %q, want the input", in, got)
		}
	}
	if got := applyNames(t, plain, "enya agreed."); got != "Kenya agreed." {
		t.Errorf("no lexicon: enya: got %q", got)
	}
	// One letter makes a place and another a surname: neither is put back.
	known := func(string) bool { return false }
	if c := NewNamesWith([]string{"Gabon"}, []string{"Xabon"}, known).droppedInitial("abon"); c != 0 {
		t.Errorf("abon with Gabon and Xabon: got %q, want none", c)
	}
	// A damaged word the lexicon knows is left alone.
	if c := NewNamesWith(nil, []string{"Price"}, func(w string) bool { return w == "rice" }).droppedInitial("rice"); c != 0 {
		t.Errorf("rice: got %q, want none", c)
	}
}

// TestNameCaseLostInitialLong checks a lost first letter put back on a name
// of several words, whose later words follow as the name writes them
// ("audi Arabia's", "outh Africa's", "ew Zealand"), at a paragraph start
// and after a wire dateline; and what must stay: the first word with other
// words after it, or its name in lower case, a damaged word the lexicon
// knows ("an Marino"), such a word inside a paragraph, a name that starts
// in lower case on purpose, and a letter that two names share.
func TestNameCaseLostInitialLong(t *testing.T) {
	tests := []struct{ in, out string }{
		{"audi Arabia's army chief flew to Tehran.", "Saudi Arabia's army chief flew to Tehran."},
		{"He spoke.\nouth Africa's president replied.\north Korean troops crossed.", "He spoke.\nSouth Africa's president replied.\nNorth Korean troops crossed."},
		{"ew Zealand and ri Lanka signed a pact.", "New Zealand and ri Lanka signed a pact."},
		{"SEOUL (Reuters) - orth Korea fired a missile.", "SEOUL (Reuters) - North Korea fired a missile."},
		// Unchanged.
		{"outh of the border.\nouth africa's envoy said.", "outh of the border.\nouth africa's envoy said."},
		{"an Marino officials said.", "an Marino officials said."},
		{"Officials in outh Africa said.", "Officials in outh Africa said."},
		{"iPhone Arabia sales rose.", "iPhone Arabia sales rose."},
	}
	for _, tt := range tests {
		if got := applyNames(t, gazetteerNames, tt.in); got != tt.out {
			t.Errorf("name-case(%q)\n got %q\nwant %q", tt.in, got, tt.out)
		}
	}
	// Two letters each make a name with the words that follow: neither is
	// put back.
	two := NewNamesWith([]string{"South Gate", "Mouth Gate"}, nil, func(string) bool { return false })
	if got := applyNames(t, two, "outh Gate opened."); got != "outh Gate opened." {
		t.Errorf("outh Gate with South Gate and Mouth Gate: got %q, want the input", got)
	}
	if got := applyNames(t, NewNames([]string{"South Gate"}), "outh Gate opened."); got != "South Gate opened." {
		t.Errorf("outh Gate with South Gate: got %q", got)
	}
}
