package dict

import (
	"errors"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

func build(t *testing.T, kind Kind, text string) (*Set, dyad.ErrorList) {
	t.Helper()
	set, err := Build([]Source{{Kind: kind, Name: "t.txt", Data: []byte(text)}})
	var list dyad.ErrorList
	if err != nil && !errors.As(err, &list) {
		t.Fatalf("Build: %v is not an ErrorList", err)
	}
	return set, list
}

func TestActorDates(t *testing.T) {
	set, errs := build(t, KindActors, `
SAM_GAMGEE [HOB]  # default
	[HOBCIV <20080120]
	[ORCHOB 20100109-20100112] # inside the next one: it started last, so it wins
	[HOBMIL 20080120-20121109]
	[HOBELI >20130119]
ZIMBABWE
	[RHO <790606]
	[ZBW]
`)
	if len(errs) != 0 {
		t.Fatal(errs)
	}
	words := strings.Fields("SAM GAMGEE")
	idx, n := set.Actors.Match(words, 0)
	if idx < 0 || n != 2 {
		t.Fatalf("Match = %d, %d", idx, n)
	}
	a := &set.Actors.Entries[idx]
	for _, tc := range []struct {
		date int
		want string
	}{
		{20050101, "HOBCIV"},
		{20080119, "HOBCIV"},
		{20080120, "HOBMIL"}, // limits are inclusive: the restriction that started last wins
		{20100110, "ORCHOB"},
		{20100113, "HOBMIL"},
		{20121110, "HOB"}, // no restriction in force: the default
		{20140101, "HOBELI"},
	} {
		if got, _ := a.CodeAt(tc.date); got != tc.want {
			t.Errorf("CodeAt(%d) = %s, want %s", tc.date, got, tc.want)
		}
	}
	z, _ := set.Actors.Match([]string{"ZIMBABWE"}, 0)
	if got, _ := set.Actors.Entries[z].CodeAt(19781223); got != "RHO" {
		t.Errorf("Zimbabwe 1978 = %s, want RHO", got)
	}
	if got, d := set.Actors.Entries[z].CodeAt(20010101); got != "ZBW" || d != nil {
		t.Errorf("Zimbabwe 2001 = %s %v, want ZBW from the default", got, d)
	}
}

func TestActorMergeAndGaps(t *testing.T) {
	set, err := Build([]Source{
		{KindActors, "a.txt", []byte("JOHN_SMITH [USAGOV]\nITHILEN TELEVISION [ITHTV]\n")},
		{KindActors, "b.txt", []byte("JOHN_SMITH\n\t[USAELI 20200101-20221231]\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	i, _ := set.Actors.Match([]string{"JOHN", "SMITH"}, 0)
	a := &set.Actors.Entries[i]
	if c, _ := a.CodeAt(20210101); c != "USAELI" {
		t.Errorf("merged restriction: got %s, want USAELI", c)
	}
	if c, _ := a.CodeAt(20240101); c != "USAGOV" {
		t.Errorf("merged default: got %s, want USAGOV", c)
	}
	// A blank in a phrase lets other words come between; '_' does not.
	if _, n := set.Actors.Match(strings.Fields("ITHILEN STATE-RUN TELEVISION"), 0); n != 3 {
		t.Errorf("gapped phrase matched %d words, want 3", n)
	}
	if idx, _ := set.Actors.Match(strings.Fields("JOHN Q SMITH"), 0); idx >= 0 {
		t.Errorf("JOHN_SMITH matched across a word")
	}
}

func TestMalformedLines(t *testing.T) {
	for _, tc := range []struct {
		kind Kind
		text string
		want string // "line: message fragment"
	}{
		{KindActors, "GOLLUM\n\t[HOB 950601-99]\n", "t.txt:2: bad date restriction"},
		{KindActors, "GOLLUM [HOB\n", "t.txt:1: missing ']'"},
		{KindActors, "\t[HOB]\n", "t.txt:1: code [HOB] before any actor phrase"},
		{KindAgents, "POLICE {} [COP]\n", "t.txt:1: agent code \"COP\" needs a '~'"},
		{KindAgents, "\n\nMINISTER\n", "t.txt:3: agent line without [code]"},
		{KindVerbs, "--- ABANDON [345] ---\nABANDON\n- * EFFORT\n", "t.txt:3: pattern without [code]"},
		{KindVerbs, "- * EFFORT [987]\n", "t.txt:1: pattern outside a verb block"},
		{KindVerbs, "--- A [1] ---\nA\n- * B * C [2]\n", "t.txt:3: pattern has two '*'"},
		{KindVerbs, "--- A [1] ---\nA\n- B C [2]\n", "t.txt:3: pattern has no '*'"},
		{KindDiscards, "+[X]\n", "t.txt:1: discard phrase"},
		{KindIssues, "nuclear weapons\n", "t.txt:1: issue line without [code]"},
	} {
		_, errs := build(t, tc.kind, tc.text)
		if len(errs) == 0 || !strings.HasPrefix(errs[0].Error(), tc.want) {
			t.Errorf("%s %q: errors %v, want one starting %q", tc.kind, tc.text, errs, tc.want)
		}
	}
}

func TestVerbs(t *testing.T) {
	set, errs := build(t, KindVerbs, `<!-- a comment block at the top,
  which PETRARCH2 stopped reading at -->
&TIETYPES
+MILITARY
+ECONOMIC

&NEG_
+DID N'T
+WO N'T

--- ABANDON  [345]  ---
ABANDON    # pas
KLM_NOP_+RST [002]
- * NEW_&TIETYPES_RELATIONS [903] # comment
- &NEG * ^ TO_ + [124]  # "TO_" ends a word only: "+" may come later

--- BREAK [1717] ---
BREAK { BROKE BROKEN  }
+BREAK_DOWN {+BREAKS_DOWN +BROKE_DOWN }
- * DIPLXMATIC [###]
`)
	if len(errs) != 0 {
		t.Fatal(errs)
	}
	v := set.Verbs
	for _, w := range []string{"ABANDON", "ABANDONS", "ABANDONED", "ABANDONING", "BROKE", "BROKEN", "RST"} {
		if len(v.Lookup(w)) == 0 {
			t.Errorf("verb form %s missing", w)
		}
	}
	f := v.Lookup("RST")[0]
	if f.Code != "002" || strings.Join(f.Pre, " ") != "KLM NOP" {
		t.Errorf("multi-word verb: %+v", f)
	}
	var down bool
	for _, f := range v.Lookup("BROKE") {
		down = down || strings.Join(f.Post, " ") == "DOWN"
	}
	if !down {
		t.Errorf("BROKE_DOWN not read")
	}
	b := v.Blocks[0]
	if b.Code != "345" || len(b.Patterns) != 2 {
		t.Fatalf("block %+v", b)
	}
	p := b.Patterns[0]
	if len(p.Upper) != 0 || len(p.Lower) != 3 || p.Lower[1].Kind != TSynset || !p.Lower[1].Joined || !p.Lower[2].Joined || p.Lower[0].Joined {
		t.Errorf("pattern tokens %+v", p.Lower)
	}
	q := b.Patterns[1]
	if q.Upper[0].Kind != TSynset || q.Lower[0].Kind != TSkip || q.Lower[2].Kind != TTarget || q.Lower[2].Joined {
		t.Errorf("pattern tokens %+v | %+v", q.Upper, q.Lower)
	}
	if got := v.Blocks[1].Patterns[0].Code; got != "###" {
		t.Errorf("'#' inside a code: got %q", got)
	}
	if len(v.Synsets["&NEG"].Phrases) != 2 {
		t.Errorf("synset ending in _ must not get plurals: %v", v.Synsets["&NEG"].Phrases)
	}
}

func TestAgents(t *testing.T) {
	set, errs := build(t, KindAgents, `!PERSON! = MAN, MEN, WOMAN
CONGRESS!PERSON! [~LEG]
GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]
POLICE {} [ ~COP]
MSF {}  [NGO~]
SECURITY SERVICE [~GOV]
PARTY [~PTY]
`)
	if len(errs) != 0 {
		t.Fatal(errs)
	}
	a := set.Agents
	for _, tc := range []struct {
		text string
		code string
		end  int
	}{
		{"CONGRESSWOMAN", "LEG", 1},
		{"GOLDEN GEESE", "GGS", 2},
		{"POLICE", "COP", 1},
		{"PARTIES", "PTY", 1},
		{"SECURITY INTELLIGENCE SERVICE", "GOV", 3},
	} {
		idx, end := a.Match(strings.Fields(tc.text), 0, 3)
		if idx < 0 || a.Entries[idx].Code != tc.code || end != tc.end {
			t.Errorf("%s: got %d %d", tc.text, idx, end)
		}
	}
	if idx, _ := a.Match([]string{"POLICES"}, 0, 3); idx >= 0 {
		t.Errorf("{} must suppress the plural")
	}
	i, _ := a.Match([]string{"MSF"}, 0, 3)
	if !a.Entries[i].Before {
		t.Errorf("NGO~ must go before the actor code")
	}
}

func TestDiscards(t *testing.T) {
	set, _ := build(t, KindDiscards, "+World Golf Championships # story\nBASEBALL\nYEARS LATER_\n")
	for _, tc := range []struct {
		words string
		want  string
		story bool
	}{
		{"RESTORE THE WORLD GOLF CHAMPIONSHIPS TO GONDOR", "WORLD GOLF CHAMPIONSHIPS", true},
		{"BASEBALLS AND BATS", "BASEBALL", false}, // a stem
		{"YEARS LATERAL", "", false},              // exact: must end at a word boundary
		{"YEARS LATER .", "YEARS LATER", false},
	} {
		d := set.Discards.FindWords(strings.Fields(tc.words))
		got := ""
		if d != nil {
			got = d.Text
		}
		if got != tc.want || d != nil && d.Story != tc.story {
			t.Errorf("%s: got %q", tc.words, got)
		}
	}
}

func TestDefault(t *testing.T) {
	set, _ := Default()
	if set.Actors.Len() < 20000 || set.Agents.Len() < 4000 || len(set.Verbs.Blocks) < 300 {
		t.Fatalf("embedded set too small: %d actors %d agents %d verb blocks", set.Actors.Len(), set.Agents.Len(), len(set.Verbs.Blocks))
	}
	i, n := set.Actors.Match([]string{"AFGHANISTAN"}, 0)
	if i < 0 || n != 1 || set.Actors.Entries[i].Code != "AFG" {
		t.Errorf("AFGHANISTAN not coded AFG")
	}
}

func TestIssues(t *testing.T) {
	set, errs := build(t, KindIssues, `<ISSUE CATEGORY="NUCLEAR">
n:warhead
nuclear v:test [NUCTEST]
</ISSUE>
~~Armenian genocide
n:genocide [ATROCITY]
`)
	if len(errs) != 0 {
		t.Fatal(errs)
	}
	for _, tc := range []struct{ words, want string }{
		{"THE WARHEADS WERE NUCLEAR TESTED", "NUCLEAR NUCTEST"},
		{"A GENOCIDE", "ATROCITY"},
		{"THE ARMENIAN GENOCIDE", ""}, // an ignore phrase cancels the sentence's issues
	} {
		if got := strings.Join(set.Issues.Find(strings.Fields(tc.words)), " "); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.words, got, tc.want)
		}
	}
}

// TestPETRARCH2Verbs reads PETRARCH2's CAMEO.2.0.txt: its verb blocks and
// synsets, patterns with (P ...) and {...} groups, and its transformation
// lines; the one malformed pattern is reported with its line.
func TestPETRARCH2Verbs(t *testing.T) {
	set, err := Load("../testdata/petrarch", Files{Verbs: "CAMEO.2.0.txt"})
	var list dyad.ErrorList
	if !errors.As(err, &list) || len(list) != 1 || !strings.HasPrefix(list[0].Error(), "CAMEO.2.0.txt:1735: ") {
		t.Fatalf("want the one bad line 1735, got %v", err)
	}
	v := set.Verbs
	if len(v.Blocks) < 390 || v.NumForms() < 7000 || len(v.Synsets) < 35 || len(v.Transforms) < 5 {
		t.Fatalf("%d blocks, %d forms, %d synsets, %d transforms", len(v.Blocks), v.NumForms(), len(v.Synsets), len(v.Transforms))
	}
	grouped := 0
	for _, b := range v.Blocks {
		for _, p := range b.Patterns {
			for _, tok := range p.Lower {
				if tok.Kind == TOpen {
					grouped++
				}
			}
		}
	}
	if grouped < 100 {
		t.Errorf("only %d patterns with (P ...) or {...} groups", grouped)
	}
	if len(v.Lookup("RESUME")) == 0 {
		t.Errorf("RESUME missing")
	}
}
