package dict

import (
	"errors"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// TestActorReplace covers the "=" line of a later actor file: it replaces the
// codes of the entry for all its synonyms, removes an entry when it has no
// code, and reports a phrase that was never read.
func TestActorReplace(t *testing.T) {
	set, err := Build([]Source{
		{KindActors, "phoenix.txt", []byte("UNITA_ [ANGREB]\n+NATIONAL_UNION_FOR_ANGOLA\nTIGERS_ [SWZREB]\nIRAQ_\n+BAGHDAD\n\t[IRQ <20030320]\n\t[IRQ >20060520]\n")},
		{KindActors, "errata.txt", []byte("=NATIONAL_UNION_FOR_ANGOLA [AGOREB]\n=TIGERS\nIRAQ\n\t[IRQOCC 20030320-20060520]\n=NOSUCH [XXX]\n")},
	})
	var msgs []string
	if err != nil {
		msgs = append(msgs, err.Error())
	}
	if len(msgs) != 1 || !strings.Contains(msgs[0], "errata.txt:5: =NOSUCH replaces no actor read before it") {
		t.Errorf("errors %v, want one for =NOSUCH", msgs)
	}
	code := func(phrase string, date int) string {
		w := strings.Fields(phrase)
		i, n := set.Actors.Match(w, 0)
		if i < 0 || n != len(w) {
			return "none"
		}
		c, _ := set.Actors.Entries[i].CodeAt(date)
		return c
	}
	for _, tc := range []struct {
		phrase string
		date   int
		want   string
	}{
		{"UNITA", 19950101, "AGOREB"}, // replaced through a synonym
		{"NATIONAL UNION FOR ANGOLA", 19950101, "AGOREB"},
		{"TIGERS", 19950101, "none"}, // removed
		{"BAGHDAD", 20040101, "IRQOCC"},
		{"IRAQ", 20020101, "IRQ"}, // merged: the old restrictions stay
		{"IRAQ", 20070101, "IRQ"},
		{"NOSUCH", 19950101, "XXX"}, // reported, still read
	} {
		if got := code(tc.phrase, tc.date); got != tc.want {
			t.Errorf("%s on %d = %s, want %s", tc.phrase, tc.date, got, tc.want)
		}
	}
	i, _ := set.Actors.Match([]string{"UNITA"}, 0)
	if w := set.Actors.Entries[i].Where; w != "errata.txt:1" {
		t.Errorf("replaced entry's provenance %s, want errata.txt:1", w)
	}
}

// TestVerbExtension covers "--- +NAME ---" sections of a later verb file:
// patterns go before the block's own, verbs join it, "!-" removes a pattern,
// and a new block takes a verb away with all its forms.
func TestVerbExtension(t *testing.T) {
	set, err := Build([]Source{
		{KindVerbs, "cameo.txt", []byte("--- ACCLAIM [051] ---\nPRAISE\nRECOGNIZE\n- * VISIT [043]\n- $_*_+ [054]\n- * + [051]\n\n--- RESTART [---] ---\nRESUME\n- * TALKS [046]\n")},
		{KindVerbs, "errata.txt", []byte("--- +ACCLAIM ---\n!- $_*_+ [054]\n- * EFFORTS [051]\n\n--- RECOGNIZE [051] ---\nRECOGNIZE\n- $_*_+ [054]\n\n--- +RESTART ---\nRENEW\n\n--- +NOSUCH ---\n- * X [010]\n--- +RESTART ---\n!- * NOTHERE [010]\n--- +ACCLAIM ---\n- * LATER [051]\n")},
	})
	var list dyad.ErrorList
	errors.As(err, &list)
	var msgs []string
	for _, e := range list {
		msgs = append(msgs, e.Error())
	}
	joined := strings.Join(msgs, "|")
	for _, want := range []string{"errata.txt:12: \"--- +NOSUCH ---\" extends no verb block", "errata.txt:13: pattern outside a verb block", "errata.txt:15: block RESTART has no pattern"} {
		if !strings.Contains(joined, want) {
			t.Errorf("errors %q lack %q", joined, want)
		}
	}
	v := set.Verbs
	block := func(w string) *Block { return &v.Blocks[v.Lookup(w)[0].Block] }
	var texts []string
	for _, p := range block("PRAISED").Patterns {
		texts = append(texts, p.Text)
	}
	if got := strings.Join(texts, " | "); got != "* EFFORTS [051] | * LATER [051] | * VISIT [043] | * + [051]" {
		t.Errorf("ACCLAIM patterns: %s", got)
	}
	if b := block("RECOGNIZED"); b.Name != "RECOGNIZE" || len(b.Patterns) != 1 || b.Patterns[0].Code != "054" {
		t.Errorf("RECOGNIZED is in %s %+v, want its own block with the 054 pattern", b.Name, b.Patterns)
	}
	if b := block("RENEWED"); b.Name != "RESTART" || b.Patterns[0].Code != "046" {
		t.Errorf("RENEWED is in %s, want RESTART", b.Name)
	}
}

// TestVerbExtensionRedeclared: a block re-declared by a later file takes
// the verb away from the first block of that name; an extension written after
// both must reach the later block, which codes the verb, and not the first,
// left with no verb (EXTRADITE re-declared 063 by the errata: "* TO_+" added
// to the verbless 174 block was never tried).
func TestVerbExtensionRedeclared(t *testing.T) {
	set, err := Build([]Source{
		{KindVerbs, "cameo.txt", []byte("--- EXTRADITE [174] ---\nEXTRADITE\n- * MILITANT TO + [174]\n")},
		{KindVerbs, "errata.txt", []byte("--- EXTRADITE [063] ---\nEXTRADITE\n- * MILITANT TO + [063]\n")},
		{KindVerbs, "overlay.txt", []byte("--- +EXTRADITE ---\n- * TO_+ [063]\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	v := set.Verbs
	b := &v.Blocks[v.Lookup("EXTRADITED")[0].Block]
	var texts []string
	for _, p := range b.Patterns {
		texts = append(texts, p.Text)
	}
	if got := strings.Join(texts, " | "); b.File != "errata.txt" || got != "* TO_+ [063] | * MILITANT TO + [063]" {
		t.Errorf("EXTRADITED is in %s's block with %s, want errata.txt's with the overlay's pattern first", b.File, got)
	}
}

// TestSplitWordsPossessive: a possessive "'S" or a plural's "'" is its own
// word, as the tokenizer writes it, so "PEOPLE'S_REPUBLIC_OF_CHINA" and
// "DISABLED_PEOPLES'_INTERNATIONAL" match.
func TestSplitWordsPossessive(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"PEOPLE'S_REPUBLIC_OF_CHINA", "PEOPLE|'S|REPUBLIC|OF|CHINA"},
		{"LORD'S_RESISTANCE_ARMY", "LORD|'S|RESISTANCE|ARMY"},
		{"TAL'AFAR", "TAL'AFAR"},
		{"'S", "'S"},
		{"peoples'_republic", "PEOPLES|'|REPUBLIC"},
		{"S'", "S'"},
	} {
		if got := strings.Join(splitWords(tc.in), "|"); got != tc.want {
			t.Errorf("splitWords(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

// TestDropAbbreviation: a long name written with its abbreviation in
// parentheses matches the name alone; a short one does when the parentheses
// spell its initials (hyphenated parts counting), and keeps a qualifier.
func TestDropAbbreviation(t *testing.T) {
	set, err := Build([]Source{{KindActors, "a.txt", []byte("LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)_ [LKAREB]\nMORO_ISLAMIC_LIBERATION_FRONT__ [IMGSEAMUSASF]\n+MORO_ISLAMIC_LIBERATION_FRONT_(MILF)\nKOREA_(NORTH) [PRK]\n" +
		"JAISH-E-MOHAMMAD_(JEM)_ [SASREB]\nHIZBUL_MUJAHIDEEN_(HM)_ [SASREB]\nCHINA_(PRC) [CHN]\nDIRECT_ACTION_(GREECE)_ [GRCREB]\nKONGRA-GEL_(KGK)_ [TURREB]\n")}})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		phrase string
		want   int // words matched
	}{
		{"LIBERATION TIGERS OF TAMIL EELAM", 5},
		{"MORO ISLAMIC LIBERATION FRONT", 4},
		{"KOREA", 0},
		{"KOREA (NORTH)", 2},
		{"JAISH-E-MOHAMMAD", 1},
		{"HIZBUL MUJAHIDEEN", 2},
		{"CHINA", 0},
		{"DIRECT ACTION", 0},
		{"KONGRA-GEL", 0}, // KGK is not K-G: the acronym must spell the name
	} {
		if _, n := set.Actors.Match(strings.Fields(tc.phrase), 0); n != tc.want {
			t.Errorf("%s matched %d words, want %d", tc.phrase, n, tc.want)
		}
	}
}

// TestDropPhrase: "!PHRASE" removes one phrase of an entry and keeps the
// others; a phrase never read is reported.
func TestDropPhrase(t *testing.T) {
	set, err := Build([]Source{
		{KindActors, "p.txt", []byte("TANZIM_ [MEAREB]\n+ORGANIZATION_\n")},
		{KindActors, "e.txt", []byte("!ORGANIZATION\n!NOSUCH\n")},
	})
	if err == nil || !strings.Contains(err.Error(), "e.txt:2: !NOSUCH drops no phrase") {
		t.Errorf("err %v, want one for !NOSUCH", err)
	}
	if i, _ := set.Actors.Match([]string{"ORGANIZATION"}, 0); i >= 0 {
		t.Error("ORGANIZATION still matches")
	}
	if i, _ := set.Actors.Match([]string{"TANZIM"}, 0); i < 0 || set.Actors.Entries[i].Code != "MEAREB" {
		t.Error("TANZIM lost its entry")
	}
}

// TestAgentOverlay: a later agent file drops an agent with "=PHRASE" (both
// forms), and agent phrases with a possessive match the tokenizer's words.
func TestAgentOverlay(t *testing.T) {
	set, err := Build([]Source{
		{KindAgents, "a.txt", []byte("DEPUTY [~COP]\nDEPUTY_PRIME_MINISTER [~GOV]\nTEACHERS'_UNION [~LAB]\nPEOPLE'S_BANK [~GOVBUS]\n")},
		{KindAgents, "b.txt", []byte("=deputy\n=NO_SUCH_AGENT\n")},
	})
	if err == nil || !strings.Contains(err.Error(), "b.txt:2") || strings.Contains(err.Error(), "b.txt:1") {
		t.Errorf("errors %v, want one for b.txt:2 only", err)
	}
	for _, tc := range []struct {
		words string
		want  string // code, "" for no agent
	}{
		{"DEPUTY", ""},
		{"DEPUTIES", ""},
		{"DEPUTY PRIME MINISTER", "GOV"},
		{"TEACHERS ' UNION", "LAB"},
		{"PEOPLE 'S BANK", "GOVBUS"},
	} {
		ws := strings.Fields(tc.words)
		got := ""
		if idx, end := set.Agents.Match(ws, 0, 0); idx >= 0 && end == len(ws) {
			got = set.Agents.Entries[idx].Code
		}
		if got != tc.want {
			t.Errorf("%s: agent %q, want %q", tc.words, got, tc.want)
		}
	}
}

// TestCommonWords: one-word actor phrases that are words of the set's own
// verb or agent vocabulary (or of a caller's list) are reported, with the
// entry they belong to; multi-word phrases and names are not.
func TestCommonWords(t *testing.T) {
	set, _ := Build([]Source{
		{KindVerbs, "v.txt", []byte("--- BAN [172] ---\nBAN\n- * + [172]\n")},
		{KindAgents, "g.txt", []byte("POLE_VAULTER [~CVL]\n")},
		{KindActors, "a.txt", []byte("BAN_KI_MOON [IGOUNO]\n+BAN\nPOLAND [POL]\n+POLE\n+WARSAW\nUNITED_STATES [USA]\n+US\n")},
	})
	v := set.Vocabulary()
	if !v["BAN"] || !v["POLE"] || v["WARSAW"] {
		t.Errorf("vocabulary: BAN %v POLE %v WARSAW %v", v["BAN"], v["POLE"], v["WARSAW"])
	}
	var lines []string
	for _, e := range set.Actors.CommonWords(func(w string) bool { return v[w] || w == "US" }) {
		lines = append(lines, e.Error())
	}
	got := strings.Join(lines, "\n")
	for _, want := range []string{"a.txt:1: BAN (BAN_KI_MOON, IGOUNO)", "a.txt:3: POLE (POLAND, POL)", "a.txt:6: US (UNITED_STATES, USA)"} {
		if !strings.Contains(got, want) {
			t.Errorf("findings lack %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "WARSAW") || strings.Contains(got, "VAULTER") {
		t.Errorf("false findings:\n%s", got)
	}
}

// TestShadowed: a synonym another entry already has is reported when the
// two entries code differently, unless a later file gave it away.
func TestShadowed(t *testing.T) {
	set, _ := Build([]Source{
		{KindActors, "a.txt", []byte("GEORGE_BUSH [USAELI]\n+PRESIDENT_BUSH\n+MR_BUSH\nGEORGE_W._BUSH [USAGOV]\n+PRESIDENT_BUSH\n+MR_BUSH\nTWIN [USA]\n+SAME\nOTHER_TWIN [USA]\n+SAME\n")},
		{KindActors, "b.txt", []byte("!MR_BUSH\nMR_BUSH [USAGOV]\n")},
	})
	var got []string
	for _, e := range set.Actors.Shadowed() {
		got = append(got, e.Error())
	}
	want := "a.txt:5: PRESIDENT_BUSH under GEORGE_W._BUSH is GEORGE_BUSH's already (a.txt:1): it never codes as GEORGE_W._BUSH"
	if len(got) != 1 || got[0] != want {
		t.Errorf("Shadowed:\n%s\nwant\n%s", strings.Join(got, "\n"), want)
	}
}
