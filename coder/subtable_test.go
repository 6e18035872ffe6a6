package coder

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/cameo"
)

func TestUnder(t *testing.T) {
	tests := []struct {
		d, c string
		want bool
	}{
		{"0211", "020", true}, // a root's residual: any code of the root
		{"022", "020", true},
		{"1411", "140", true},
		{"0231", "023", true}, // a three-digit code: its four-digit codes
		{"0241", "023", false},
		{"023", "023", false},
		{"1211", "020", false},
		{"0211", "0211", false}, // four-digit codes are leaves
		{"0211", "---", false},  // no code
		{"100", "010", false},
	}
	for _, tt := range tests {
		if got := under(tt.d, tt.c); got != tt.want {
			t.Errorf("under(%s, %s) = %v, want %v", tt.d, tt.c, got, tt.want)
		}
	}
}

func TestRefine(t *testing.T) {
	tab, err := parseSubcodes(`
= AID: 023 070 162
aid
= ECONAID > AID: 0231 071
economic aid|assistance
= DEMAND: 1411 1421 1431
resign
= NARROW > AID: 0841
@narrow
prisoners
`)
	if err != nil {
		t.Fatal(err)
	}
	idx := map[string]int{}
	for i, s := range tab.subj {
		idx[s.name] = i
	}
	tests := []struct {
		code, subj, want string
	}{
		{"020", "ECONAID", "0231"},
		{"023", "ECONAID", "0231"},
		{"070", "ECONAID", "071"},
		{"160", "ECONAID", "162"}, // the parent's code where the subject has none
		{"162", "ECONAID", ""},    // …and not below a code it already is
		{"141", "DEMAND", "1411"},
		{"140", "DEMAND", ""}, // three candidates under 140: undecided
		{"084", "NARROW", "0841"},
		{"080", "NARROW", ""}, // narrow: never from a root's residual
		{"010", "AID", ""},
	}
	for _, tt := range tests {
		if got := tab.refine(tt.code, idx[tt.subj]); got != tt.want {
			t.Errorf("refine(%s, %s) = %q, want %q", tt.code, tt.subj, got, tt.want)
		}
	}
	// Alternatives spell out, longest phrase first under a word.
	c, n := tab.match([]string{"ECONOMIC", "ASSISTANCE", "NOW"}, nil, 0, 2)
	if n != 2 || tab.subj[c.subj[0]].name != "ECONAID" {
		t.Errorf("match ECONOMIC ASSISTANCE: %d words, %v", n, c)
	}
	if _, n := tab.match([]string{"ECONOMIC", "ASSISTANCE"}, nil, 0, 0); n != 0 {
		t.Errorf("a phrase past the end of the complement matched")
	}
}

func TestFutureTable(t *testing.T) {
	tab, err := parseSubcodes("= AID: 033\nfuture 07 033\nfuture 071 0331\n")
	if err != nil {
		t.Fatal(err)
	}
	if tab.future["07"] != "033" || tab.future["071"] != "0331" {
		t.Errorf("future = %v", tab.future)
	}
	for _, bad := range []string{"future 07\n", "future 7 033\n", "future 07 33x\n"} {
		if _, err := parseSubcodes(bad); err == nil {
			t.Errorf("parseSubcodes(%q): no error", bad)
		}
	}
}

func TestParseSubcodesErrors(t *testing.T) {
	for _, bad := range []string{
		"aid\n",                    // phrase before any subject
		"= AID 023\n",              // no colon
		"= AID: 02x\n",             // not a code
		"= AID: 023\n= AID: 070\n", // twice
		"= ECON > AID: 0231\n",     // parent not defined
		"= AID: 023\n@sometimes\n", // unknown directive
		"= : 023\n",                // no name
		"= AID: 023\n@before X\n",  // unknown subject
		"= MED: 039\n@over 036\n",  // @over without its code
		"= MED: 039\n@over 36x 039\n",
		"= INS: 0862\n@agent 43 0862\n", // @agent wants three-digit codes
		"done 0334\n",
		"done 03 074\n",
		"= P: 1722\n@role\n",    // @role without roles
		"= P: 1722\n@role op\n", // a role is three capitals
		"@role OPP\n",           // before any subject
	} {
		if _, err := parseSubcodes(bad); err == nil {
			t.Errorf("parseSubcodes(%q): no error", bad)
		}
	}
}

// TestSubcodeTable checks the embedded table: it parses, every code is a
// CAMEO code, and a subject's codes never compete (two below the same code).
func TestSubcodeTable(t *testing.T) {
	tab, err := parseSubcodes(subcodesTxt)
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.subj) < 40 {
		t.Errorf("only %d subjects", len(tab.subj))
	}
	for _, s := range tab.subj {
		for _, c := range s.codes {
			if !cameo.Known(dyad.Code(c)) {
				t.Errorf("%s: %s is not in the codebook", s.name, c)
			}
		}
		for i, a := range s.codes {
			for _, b := range s.codes[i+1:] {
				if under(a, b) || under(b, a) {
					t.Errorf("%s: %s and %s nest", s.name, a, b)
				}
			}
		}
	}
}

// TestCueTags: a cue word written "free/v" matches only a verb, "grant/n"
// anything but a verb; with no tags (the verb's own name) both match.
func TestCueTags(t *testing.T) {
	tab, err := parseSubcodes("= RELEASE: 084\nfree/v\n= ECONAID: 071\ngrant/n|grants/n\n")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		word, tag string
		want      int // words matched
	}{
		{"FREE", "VB", 1},
		{"FREE", "JJ", 0},
		{"GRANT", "NN", 1},
		{"GRANT", "VB", 0},
		{"GRANTS", "VBZ", 0},
		{"GRANTS", "NNS", 1},
	}
	for _, tt := range tests {
		if _, n := tab.match([]string{tt.word}, []string{tt.tag}, 0, 0); n != tt.want {
			t.Errorf("match %s/%s: %d words, want %d", tt.word, tt.tag, n, tt.want)
		}
	}
	if _, n := tab.match([]string{"TO", "FREE"}, []string{"TO", "JJ"}, 1, 1); n != 1 {
		t.Errorf("match to FREE/JJ: %d words, want 1 (after to it is the verb)", n)
	}
	if _, n := tab.match([]string{"FREE"}, nil, 0, 0); n != 1 {
		t.Errorf("match FREE without tags: %d words, want 1", n)
	}
}

// TestOver: a subject's @over code replaces the sibling code it takes
// precedence over (mediation over meeting), before its codes below.
func TestOver(t *testing.T) {
	tab, err := parseSubcodes("= MED: 028 039 045\n@over 036 039\n@over 04 045\nmediate\n")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ code, want string }{
		{"036", "039"},
		{"040", "045"},
		{"043", "045"},
		{"045", ""},
		{"020", "028"},
		{"030", "039"},
		{"010", ""},
	}
	for _, tt := range tests {
		if got := tab.refine(tt.code, 0); got != tt.want {
			t.Errorf("refine(%s) = %q, want %q", tt.code, got, tt.want)
		}
	}
}

// TestHasRole: a role is any three-letter segment of an actor code after
// its country, never the country itself.
func TestHasRole(t *testing.T) {
	roles := []string{"OPP", "PTY"}
	tests := []struct {
		code string
		want bool
	}{
		{"VENOPP", true},
		{"ZWEPTYMDC", true},
		{"ZWEGOVPTY", true},
		{"OPPGOV", false}, // the country slot is not a role
		{"RUSGOV", false},
		{"RUS", false},
		{"VENOP", false},
	}
	for _, tt := range tests {
		if got := hasRole(tt.code, roles); got != tt.want {
			t.Errorf("hasRole(%s) = %v, want %v", tt.code, got, tt.want)
		}
	}
}

// TestCueGap: a "~" in a cue passes over up to three modifiers, and no
// other word.
func TestCueGap(t *testing.T) {
	tab, err := parseSubcodes("= DIPL: 161 1313\nexpel ~ diplomats\n")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		words, tags string
		want        int // words matched
	}{
		{"EXPEL DIPLOMATS", "VB NNS", 2},
		{"EXPEL DUTCH DIPLOMATS", "VB JJ NNS", 3},
		{"EXPEL 23 DUTCH DIPLOMATS", "VB CD JJ NNS", 4},
		{"EXPEL ALL 23 DUTCH DIPLOMATS", "VB DT CD JJ NNS", 5},
		{"EXPEL THE ALL 23 DUTCH DIPLOMATS", "VB DT DT CD JJ NNS", 0}, // four modifiers
		{"EXPEL MIGRANTS AND DIPLOMATS", "VB NNS CC NNS", 0},          // not modifiers
		{"EXPEL DUTCH", "VB JJ", 0},
	}
	for _, tt := range tests {
		ws, ts := strings.Fields(tt.words), strings.Fields(tt.tags)
		if _, n := tab.match(ws, ts, 0, len(ws)-1); n != tt.want {
			t.Errorf("match %q: %d words, want %d", tt.words, n, tt.want)
		}
	}
	// The phrase must end by leaf to.
	ws := strings.Fields("EXPEL DUTCH DIPLOMATS")
	if _, n := tab.match(ws, strings.Fields("VB JJ NNS"), 0, 1); n != 0 {
		t.Errorf("a gap phrase past the end of the complement matched")
	}
	if _, err := parseSubcodes("= DIPL: 161\n~ diplomats\n"); err == nil {
		t.Errorf("a phrase opening with ~: no error")
	}
}

// TestHyphenHead: the last part of a qualified compound names what it is;
// negating and temporal prefixes do not count.
func TestHyphenHead(t *testing.T) {
	tests := []struct{ word, want string }{
		{"NORWEGIAN-MEDIATED", "MEDIATED"},
		{"U.S.-BROKERED", "BROKERED"},
		{"PRO-DEMOCRACY", "DEMOCRACY"},
		{"ANTI-TANK", ""},
		{"NON-MILITARY", ""},
		{"POST-WAR", ""},
		{"TALKS", ""},
		{"-", ""},
		{"TRADE-", ""},
	}
	for _, tt := range tests {
		if got := hyphenHead(tt.word); got != tt.want {
			t.Errorf("hyphenHead(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}
