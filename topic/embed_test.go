package topic

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// TestPhoenixProblems pins the lines of the verbatim Phoenix copy that the
// reader reports, so a change in the reader or the file shows here.
func TestPhoenixProblems(t *testing.T) {
	d, err := Embedded(PhoenixFile)
	var list dyad.ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("err = %v, want an ErrorList", err)
	}
	var got []string
	for _, e := range list {
		got = append(got, e.Error())
	}
	want := []string{
		`Phoenix.IssueCoding.txt:481: </ISSUE> without an open <ISSUE>`,
		`Phoenix.IssueCoding.txt:1162: phrase "v:block m:site": unknown mark "m:" (want n: or v:)`,
		`Phoenix.IssueCoding.txt:1198: text "intimidation of the media [MEDIA_CENSORSHIP]" after the code ignored`,
		`Phoenix.IssueCoding.txt:2521: text "[NAMED_TERROR_GROUP]" after the code ignored`,
		`Phoenix.IssueCoding.txt:2889: text "islamic jihad organizations [NAMED_TERROR_GROUP]" after the code ignored`,
		`Phoenix.IssueCoding.txt:3053: text "*******" after the code ignored`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("problems:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// The categories the issue names are all there.
	cats := map[string]bool{}
	for _, b := range d.Blocks {
		cats[b.Category] = true
	}
	for _, c := range []string{"DRONE", "ID_ARMS_DEAL", "ID_PROLIFERATION", "WMD", "CYBER_ATTACK", "SANCTIONS", "PEACEKEEPERS", "AIRSTRIKE"} {
		if !cats[c] {
			t.Errorf("Phoenix category %s missing", c)
		}
	}
	if len(d.Entries) < 3000 {
		t.Errorf("only %d Phoenix entries read", len(d.Entries))
	}
}

// TestDyadDictionary lints dyad's own file: no problems, every code under
// its block's CATEGORY, every code and each of its parents defined, every
// definition used by dyad's file or, marked "Phoenix: ", by Phoenix's.
func TestDyadDictionary(t *testing.T) {
	d, err := Embedded(DyadFile)
	if err != nil {
		t.Fatal(err)
	}
	used := map[string]bool{}
	for _, e := range d.Entries {
		if e.Kind != Signal {
			continue
		}
		if !Matches(e.Topic, e.Category) {
			t.Errorf("%s:%d: topic %s outside its block's CATEGORY %s", d.Name, e.Line, e.Topic, e.Category)
		}
		for c := e.Topic; c != ""; c = Parent(c) {
			used[c] = true
			if _, ok := d.Definition(c); !ok {
				t.Errorf("%s:%d: topic %s has no <TOPIC> definition", d.Name, e.Line, c)
			}
		}
	}
	phoenix, _ := Embedded(PhoenixFile)
	for _, e := range phoenix.Entries {
		if e.Kind == Signal && !used[e.Topic] {
			used[e.Topic] = true
			if _, ok := d.Definition(e.Topic); ok && !strings.HasPrefix(mustDef(d, e.Topic), "Phoenix: ") {
				t.Errorf("definition of Phoenix code %s should start \"Phoenix: \"", e.Topic)
			}
		}
	}
	for _, def := range d.Definitions {
		if !used[def.Code] {
			t.Errorf("%s:%d: topic %s defined but never used", d.Name, def.Line, def.Code)
		}
	}
	if len(d.Definitions) < 15 {
		t.Errorf("%d definitions, want the full hierarchy", len(d.Definitions))
	}
}

func mustDef(d *Dictionary, code string) string {
	def, _ := d.Definition(code)
	return def
}

func TestDefaultTagger(t *testing.T) {
	tg := Default()
	topics := tg.Topics()
	for _, want := range []string{"ARMS/DRONE", "DRONE", "ID_ARMS_DEAL", "NUCLEAR/TALKS", "CYBER_SECURITY"} {
		if !contains(topics, want) {
			t.Errorf("Default().Topics() lacks %s", want)
		}
	}
	if def, ok := tg.Definition("ARMS/DRONE"); !ok || !strings.Contains(def, "unmanned aerial") {
		t.Errorf("definition of ARMS/DRONE = %q, %v", def, ok)
	}
	defs := tg.Definitions()
	if len(defs) < 30 || defs[0].Code > defs[len(defs)-1].Code {
		t.Errorf("Definitions() = %d, not sorted or too few", len(defs))
	}
	var codes []string
	for _, d := range defs {
		codes = append(codes, d.Code)
	}
	for _, want := range []string{"NUCLEAR", "NUCLEAR/TALKS", "DRONE", "ARMS"} {
		if !contains(codes, want) {
			t.Errorf("Definitions() lacks %s", want)
		}
	}
	// The overlay in dyad.topics.txt refines Phoenix's DRONE category.
	if got := Names(tg.Tag("the drone of traffic")); got != nil {
		t.Errorf("the drone of traffic: %v", got)
	}
	if got, want := Names(tg.Tag("a drone strike")), []string{"ARMS/DRONE", "DRONE"}; !reflect.DeepEqual(got, want) {
		t.Errorf("a drone strike: %v, want %v", got, want)
	}
}
