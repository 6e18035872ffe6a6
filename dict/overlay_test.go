package dict

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// TestOverlayActorsTakeEffect reads dyad.actors.txt as the shipped set does and
// checks that each of its lines did what the file says (overlayProblems).
func TestOverlayActorsTakeEffect(t *testing.T) {
	set, _ := Default()
	data, err := embedded.ReadFile("data/dyad.actors.txt")
	if err != nil {
		t.Fatal(err)
	}
	problems, groups := overlayProblems(set, "dyad.actors.txt", data)
	for _, p := range problems {
		t.Error(p)
	}
	if groups < 100 {
		t.Errorf("read %d groups from dyad.actors.txt; the file was not scanned", groups)
	}
}

// TestOverlayProblems checks that overlayProblems catches what it is for: a
// small overlay read after the shipped set, well formed or with one line out
// of place.
func TestOverlayProblems(t *testing.T) {
	tests := []struct {
		name, overlay string
		want          int // problems found
	}{
		{"drop, re-add with a date line", "!CONGO_BRAZZA_\nCONGO_BRAZZA_ [COG]\n\t[COD >970517]\n", 0},
		{"a date line under an uncoded group", "CONGO_REPUBLIC_\n\t[COD >970517]\n", 0},
		{"a date line before its group", "!CONGO_BRAZZA_\n\t[COD >970517]\nCONGO_BRAZZA_ [COG]\n", 1},
		{"a date line on the dropped phrase's line", "CONGO_BRAZZA_\n!CONGO_BRAZZA_\n\t[COD >970517]\n", 2},
		{"re-adding before the drop", "CONGO_BRAZZA_ [COG]\n\t[COD >970517]\n!CONGO_BRAZZA_\n", 2},
		{"a synonym after a drop", "!CONGO_BRAZZA_\n+CONGO_BRAZZA_\n", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srcs := append(DefaultSources(), Source{Kind: KindActors, Name: "test.actors.txt", Data: []byte(tt.overlay)})
			set, _ := Build(srcs)
			problems, _ := overlayProblems(set, "test.actors.txt", []byte(tt.overlay))
			if len(problems) != tt.want {
				t.Errorf("%d problems, want %d:\n%s", len(problems), tt.want, strings.Join(problems, "\n"))
			}
		})
	}
}

// overlayProblems checks that each line of the actor overlay file name (data),
// read last into set, did what it says: a coded phrase is a new entry with that
// code (a coded line for a phrase read before would be merged and its code
// silently ignored), an uncoded phrase names an entry read before, every "+"
// synonym matches its group's entry, a "!" phrase no longer names an entry read
// before the file, and a tab-indented date line belongs to the group above it
// (hasDated). It returns the problems and the number of groups read.
func overlayProblems(set *Set, name string, data []byte) (problems []string, groups int) {
	entryOf := func(phrase string) (int, bool) {
		words := dropAbbreviation(splitWords(phrase))
		idx, n := set.Actors.Match(words, 0)
		return idx, idx >= 0 && n == len(words)
	}
	report := func(n int, format string, args ...any) {
		problems = append(problems, fmt.Sprintf("%s:%d: ", name, n)+fmt.Sprintf(format, args...))
	}
	group := -1
	scanLines(data, func(l line) {
		text := strings.TrimSpace(l.text)
		if text == "" {
			return
		}
		before, code, _, found, _ := bracket(text)
		switch {
		case text[0] == '[':
			if group < 0 {
				report(l.n, "date line %s belongs to no group", text)
			} else if e := &set.Actors.Entries[group]; !hasDated(e, name, l.n) {
				report(l.n, "date line %s is not on %s's entry", text, e.Phrase)
			}
		case text[0] == '+':
			if idx, ok := entryOf(before[1:]); !ok || idx != group {
				report(l.n, "%s does not match its group's entry", before)
			}
		case text[0] == '!':
			group = -1
			if idx, ok := entryOf(before[1:]); ok {
				if e := &set.Actors.Entries[idx]; e.File != name || e.Line < l.n {
					report(l.n, "%s still names %s", before, e.Where)
				}
			}
		default:
			groups++
			idx, ok := entryOf(before)
			if !ok {
				report(l.n, "%s matches no entry", before)
				group = -1
				return
			}
			e := &set.Actors.Entries[idx]
			switch {
			case found && (e.File != name || e.Code != code):
				report(l.n, "%s is %s from %s, want a new entry %s", before, e.Code, e.Where, code)
			case !found && e.File == name:
				report(l.n, "%s has no code and names no entry read before", before)
			}
			group = idx
		}
	})
	return problems, groups
}

// hasDated reports whether entry e holds the date restriction written at line
// n of file name.
func hasDated(e *Actor, name string, n int) bool {
	for _, d := range e.Dated {
		if d.File == name && d.Line == n {
			return true
		}
	}
	return false
}

// TestShippedCorrections checks each correction and addition of dyad's
// overlay files on the shipped set, on dates where it matters.
func TestShippedCorrections(t *testing.T) {
	set, _ := Default()
	for _, tc := range []struct {
		phrase string
		date   int
		want   string // "none": no entry matches the whole phrase
	}{
		{"IRAQ", 20040601, "IRQOCC"}, // Phoenix's 1920030320 typo
		{"BAGHDAD", 20040601, "IRQOCC"},
		{"IRAQ", 20020101, "IRQ"},
		{"IRAQ", 20070101, "IRQ"},
		{"ERBIL", 20050101, "IRQOCC"},
		{"JUBA", 20080101, "SDNSSDAUT"},
		{"ARMENIA", 19910101, "ARMUNR"},
		{"BAN KI-MOON", 20050101, "KORGOVBUS"},
		{"MILO DUKANOVIC", 20130101, "MNEGOV"},
		{"UNITA", 19950101, "AGOREB"},
		{"NATIONAL UNION FOR THE TOTAL INDEPENDENCE OF ANGOLA", 19950101, "AGOREB"},
		{"ISLAMIC SALVATION FRONT", 19950101, "DZAOPP"}, // INTREB in Phoenix
		{"FRONT ISLAMIQUE DU SALUT", 19950101, "DZAOPP"},
		{"ISLAMIC SALVATION ARMY", 19950101, "DZAREB"}, // was on the FIS entry
		{"FREE ACEH MOVEMENT", 20000101, "IDNREB"},
		{"PEOPLES MUJAHIDEEN OF IRAN", 20000101, "IRNREB"},
		{"TIGRAY PEOPLE'S LIBERATION FRONT", 20210101, "ETHREB"}, // Phoenix writes PEOPLES
		{"TIGRAY PEOPLES LIBERATION FRONT", 20210101, "ETHREB"},
		{"SUDAN PEOPLE'S LIBERATION MOVEMENT", 20000101, "SDNREB"},
		{"CONGO", 20120101, "COD"}, // the dated CONGO_ entry
		{"CONGO", 19950101, "COG"},
		{"CONGO REPUBLIC", 20120101, "COG"},
		{"JAPANESE RED ARMY", 19800101, "INTREB"}, // acts across borders: kept
		{"TIGERS", 20000101, "none"},
		{"YOUTH", 20000101, "none"}, // a translation, not the group
		{"ORGANIZATION", 20000101, "none"},
		{"TANZIM", 20000101, "MEAREB"},
		{"HASSAN", 20000101, "none"}, // bare royal given names removed
		{"HUSSEIN", 19900101, "none"},
		{"ABDULLAH", 20100101, "none"},
		{"SADDAM HUSSEIN", 19900101, "IRQGOV"},
		{"KING HUSSEIN", 19900101, "JORGOV"},
		{"KING FAHD", 19700101, "SAUELI"},
		{"KING FAHD", 19900101, "SAUGOV"},
		{"CROWN PRINCE HASSAN", 19900101, "JORELI"},
		{"LIBERATION TIGERS OF TAMIL EELAM", 20000101, "LKAREB"},
		{"LTTE", 20000101, "LKAREB"},
		{"OMAR HASSAN AL-BASHIR", 19950101, "SDNGOV"},
		{"OMAR AL-BASHIR", 20100101, "SDNGOV"},
		{"YUGOSLAVIA", 19900101, "YUG"},
		{"YUGOSLAV", 19990101, "YUG"},
		{"EUROPEAN COMMUNITY", 19900101, "IGOEUREEC"},
		{"EC", 19900101, "IGOEUREEC"},
		{"APEC", 20000101, "IGOASAAPE"},
		{"PRC", 19900101, "CHN"},
		{"DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA", 20050101, "PRK"},
		{"KAMPUCHEAN", 19850101, "KHM"},
		{"LIBERIANS", 19900101, "LBR"},
		{"ALGERIANS", 19900101, "DZA"},
		{"IRAQIS", 20070101, "IRQ"},
		{"IRAQIS", 20040101, "IRQOCC"}, // a plural shares the entry's dates
		{"AFRICAN", 19900101, "AFR"},
		{"AFRICAN UNION", 20100101, "IGOAFRAFU"},
		{"WEST AFRICAN", 19900101, "WAF"},
		{"SOUTH AFRICAN", 19900101, "ZAF"}, // the longer country phrase still wins
		{"CENTRAL AFRICAN", 19900101, "CAF"},
		{"ASIAN", 19900101, "ASA"},
		{"EUROPE", 19900101, "none"},       // most bare region nouns are places, not added
		{"LATIN AMERICA", 19900101, "LAM"}, // not the AMERICA of the USA
		{"THE WEST", 19900101, "WST"},
		{"WEST", 19900101, "none"},
		{"ARABS", 19900101, "ARB"},
		{"SERBS", 19990101, "SCGSRB"}, // a new demonym shares its country's dates
		{"NORTHERN IRELAND", 19900101, "GBR"},
		{"TURKMENISTAN", 19850101, "USRTKM"}, // Phoenix wrote > for <
		{"TURKMENISTAN", 19950101, "TKM"},
		{"AYATOLLAH KHOMEINI", 19840515, "IRNGOV"},
		{"PRESIDENT GEORGE BUSH", 19900101, "USAGOV"}, // a title both Bushes held
		{"PRESIDENT GEORGE BUSH", 20030630, "USAGOV"},
		{"PRESIDENT GEORGE BUSH", 19980101, "USAELI"},
		{"GEORGE H. W. BUSH", 20030630, "USAELI"},
		{"AID AGENCY", 19900101, "NGO"},
	} {
		w := splitWords(tc.phrase)
		got := "none"
		if i, n := set.Actors.Match(w, 0); i >= 0 && n == len(w) {
			got, _ = set.Actors.Entries[i].CodeAt(tc.date)
		}
		if got != tc.want {
			t.Errorf("%s on %d = %s, want %s", tc.phrase, tc.date, got, tc.want)
		}
	}

	for _, tc := range []struct{ phrase, code string }{
		{"UNION OF TEACHERS", "LAB"},
		{"TEACHERS UNION", "LAB"},
		{"WORKERS UNIONS", "LAB"},
	} {
		w := splitWords(tc.phrase)
		if i, end := set.Agents.Match(w, 0, 0); i < 0 || end != len(w) || set.Agents.Entries[i].Code != tc.code {
			t.Errorf("agent %s: entry %d, end %d; want ~%s", tc.phrase, i, end, tc.code)
		}
	}
	if i, end := set.Agents.Match(splitWords("UNION"), 0, 0); i >= 0 {
		t.Errorf("bare UNION is an agent (%d words): it would catch the European Union", end)
	}

	v := set.Verbs
	block := func(w string) *Block { return &v.Blocks[v.Lookup(w)[0].Block] }
	for _, p := range block("PRAISED").Patterns {
		if p.Code == "054" {
			t.Errorf("PRAISE still has the recognition pattern %s", p.Where)
		}
	}
	if b := block("RECOGNIZED"); b.Name != "RECOGNIZE" || b.Patterns[len(b.Patterns)-1].Text != "$_*_+ [054]" {
		t.Errorf("RECOGNIZED is in block %s", b.Name)
	}
	if b := block("RENEWED"); b.Name != "RESTART" {
		t.Errorf("RENEWED is in block %s, want RESTART", b.Name)
	}
	for _, tc := range []struct{ verb, block, code, first string }{
		{"UPGRADED", "UPGRADE", "---", "* DIPLOMATIC TIES WITH + [050]"},
		{"HELD", "CONFINE", "170", "% * &NEGOTIATION [046:046]"}, // "held negotiations" is not detention
		{"VETOED", "VETO", "129", "* CONSTITUTIONAL AMENDMENT [1234]"},
		{"EXTRADITED", "EXTRADITE", "063", "+ WAS * TO ^ FROM $ [063]"},
		{"REIMPOSED", "IMPOSE", "170", "* &DYADBLOCKADE [191]"},
		{"SEND", "SEND", "---", "* ARMS TO + [072]"},
		{"SUMMONED", "MOBILIZE", "040", "* AMBASSADOR [110]"},
		{"EXPELLED", "DEPORT", "174", "* INSPECTORS [1662]"},
		{"DECLARED", "DECREE", "010", "* STATE OF SIEGE [1724]"},
		{"HALTED", "FINISH", "---", "* ECONOMIC AID [1621]"},
		{"AGREED", "AGREE", "050", "% * JOINT MILITARY EXERCISES [0312:0312]"},
		{"REMAINED", "ENDURE", "---", "* ON ALERT [152]"},
	} {
		var f Form
		for _, g := range v.Lookup(tc.verb) {
			if len(g.Pre)+len(g.Post) == 0 {
				f = g
			}
		}
		b := &v.Blocks[f.Block]
		if b.Name != tc.block || f.Code != tc.code || b.Patterns[0].Text != tc.first {
			t.Errorf("%s: block %s, code %s, first pattern %q; want %s, %s, %q", tc.verb, b.Name, f.Code, b.Patterns[0].Text, tc.block, tc.code, tc.first)
		}
	}
	var beatUp bool
	for _, f := range v.Lookup("BEAT") {
		beatUp = beatUp || len(f.Post) == 1 && f.Post[0] == "UP" && f.Code == "182"
	}
	if !beatUp {
		t.Error("BEAT_UP is not a 182 form")
	}
	if b := block("BEATEN"); b.Name != "DESTROY" {
		t.Errorf("BEATEN alone moved to %s, want DESTROY", b.Name)
	}
	for _, p := range block("BANNED").Patterns {
		if p.File == "dyad.errata.verbs.txt" || strings.Contains(p.Text, "AIR STRIKE") {
			t.Errorf("PROHIBIT still has VETO's pattern %s", p.Where)
		}
	}
}

// TestOverlaysClean: dyad's own files have no malformed line.
func TestOverlaysClean(t *testing.T) {
	_, err := Default()
	var list dyad.ErrorList
	errors.As(err, &list)
	for _, e := range list {
		if strings.Contains(e.Error(), "dyad.") {
			t.Error(e)
		}
	}
	set, _ := Default()
	for _, b := range set.Verbs.Blocks {
		for _, p := range b.Patterns {
			for _, tok := range append(append([]Tok(nil), p.Upper...), p.Lower...) {
				if tok.Kind == TSynset && set.Verbs.Synsets[tok.Word] == nil && strings.HasPrefix(p.File, "dyad.") {
					t.Errorf("%s: synset %s is not defined", p.Where, tok.Word)
				}
			}
		}
	}
	if len(list) != 15 {
		t.Errorf("%d malformed lines in the shipped set, want the 15 of the copied files", len(list))
	}
}
