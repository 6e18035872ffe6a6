package topic

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

func TestRead(t *testing.T) {
	src := `# header comment
<ISSUE CATEGORY="ARMS" TYPE="ALL">
<TOPIC CODE="ARMS/DRONE" DEFINITION="Unmanned aircraft; armed or not.">
n:drone [ARMS/DRONE]   # trailing comment
anti+ship [ARMS/MISSILE]
n:sale of * arms [ARMS/TRANSFER]
uav <!-- inline --> [ARMS/DRONE]
<!-- a comment
over lines -->
plain phrase
~drone of traffic
~~n:bee
</ISSUE>
outside [OUT]
`
	d := mustRead(t, "t.txt", src)
	type row struct {
		Kind     Kind
		Pattern  string
		Topic    string
		Category string
		Line     int
		Forms    [][]string
	}
	var got []row
	for _, e := range d.Entries {
		got = append(got, row{e.Kind, e.Pattern, e.Topic, e.Category, e.Line, e.Forms()})
	}
	want := []row{
		{Signal, "n:drone", "ARMS/DRONE", "ARMS", 4, [][]string{{"drone"}, {"drones"}}},
		{Signal, "anti+ship", "ARMS/MISSILE", "ARMS", 5, [][]string{{"anti", "ship"}}},
		{Signal, "n:sale of * arms", "ARMS/TRANSFER", "ARMS", 6, [][]string{{"sale", "of", "*", "arms"}, {"sales", "of", "*", "arms"}}},
		{Signal, "uav", "ARMS/DRONE", "ARMS", 7, [][]string{{"uav"}}},
		{Signal, "plain phrase", "ARMS", "ARMS", 10, [][]string{{"plain", "phrase"}}},
		{Exclude, "drone of traffic", "", "ARMS", 11, [][]string{{"drone", "of", "traffic"}}},
		{Veto, "n:bee", "", "ARMS", 12, [][]string{{"bee"}, {"bees"}}},
		{Signal, "outside", "OUT", "", 14, [][]string{{"outside"}}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n%+v\nwant\n%+v", got, want)
	}
	if want := []Block{{Category: "ARMS", Type: "ALL", Line: 2}}; !reflect.DeepEqual(d.Blocks, want) {
		t.Errorf("blocks = %+v, want %+v", d.Blocks, want)
	}
	if def, ok := d.Definition("ARMS/DRONE"); !ok || def != "Unmanned aircraft; armed or not." {
		t.Errorf("definition = %q, %v", def, ok)
	}
}

// TestReadErrors checks that each problem is reported at its line, and that
// the good lines around it are still read.
func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, src string
		errs      []string
		entries   int
	}{
		{"stray close", "a [A]\n</ISSUE>\nb [B]", []string{"x:2: </ISSUE> without an open <ISSUE>"}, 2},
		{"unclosed", "<ISSUE CATEGORY=\"A\">\na [A]", []string{"x:1: <ISSUE CATEGORY=\"A\"> not closed"}, 1},
		{"nested", "<ISSUE CATEGORY=\"A\">\n<ISSUE CATEGORY=\"B\">\n</ISSUE>",
			[]string{"x:2: <ISSUE> inside the <ISSUE CATEGORY=\"A\"> block of line 1: that block ends here"}, 0},
		{"no category", "<ISSUE TYPE=\"ALL\">\n</ISSUE>", []string{"x:1: <ISSUE> without CATEGORY"}, 0},
		{"unknown tag", "<VERB>\na [A]", []string{"x:1: unknown tag <VERB>"}, 1},
		{"bad attr", "<ISSUE CATEGORY=A>", []string{"x:1: tag <ISSUE CATEGORY=A>: value of CATEGORY not quoted"}, 0},
		{"no >", "<ISSUE CATEGORY=\"A\"", []string{"x:1: tag \"<ISSUE CATEGORY=\\\"A\\\"\" has no closing >"}, 0},
		{"missing ]", "a [A\nb [B]", []string{"x:1: missing ] after [ in \"a [A\""}, 1},
		{"empty code", "a []", []string{"x:1: empty code []"}, 0},
		{"bad code", "a [A B]", []string{"x:1: code \"A B\": want letters, digits, _ - and / only"}, 0},
		{"bad path", "a [A//B]", []string{"x:1: code \"A//B\": empty level in topic path"}, 0},
		{"text after", "a [A] junk", []string{"x:1: text \"junk\" after the code ignored"}, 1},
		{"two entries", "a [A] b [B]", []string{"x:1: text \"b [B]\" after the code ignored"}, 1},
		{"no code outside", "phrase", []string{"x:1: phrase \"phrase\" has no [code] and is outside an <ISSUE> block"}, 0},
		{"unknown mark", "v:block m:site [A]", []string{"x:1: phrase \"v:block m:site\": unknown mark \"m:\" (want n: or v:)"}, 0},
		{"no words", "~~ -- [A]\n", []string{"x:1: code [A] on an exclusion ignored: exclusions apply to their block",
			"x:1: phrase \"--\": no words"}, 0},
		{"leading wildcard", "* drone [A]", []string{"x:1: phrase \"* drone\": * must stand between words"}, 0},
		{"trailing wildcard", "drone * [A]", []string{"x:1: phrase \"drone *\": * must stand between words"}, 0},
		{"too long", "a " + strings.Repeat("w ", 30) + "[A]", []string{"x:1: phrase \"a" + strings.Repeat(" w", 30) + "\": more than 24 words"}, 0},
		{"too many forms", strings.Repeat("n:a ", 10) + "[A]",
			[]string{"x:1: phrase \"" + strings.TrimSpace(strings.Repeat("n:a ", 10)) + "\": expands to more than 512 forms"}, 0},
		{"topic twice", "<TOPIC CODE=\"A\" DEFINITION=\"x\">\n<TOPIC CODE=\"A\" DEFINITION=\"y\">",
			[]string{"x:2: topic A already defined at line 1"}, 0},
		{"topic no def", "<TOPIC CODE=\"A\">", []string{"x:1: <TOPIC CODE=\"A\"> without DEFINITION"}, 0},
		{"open comment", "a [A]\n<!-- never closed\nb [B]", []string{"x:2: <!-- comment not closed"}, 1},
		{"long line", strings.Repeat("a", maxLine+10) + "\nb [B]\n", []string{"x:1: line longer than 65536 bytes skipped"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Read("x", strings.NewReader(tt.src))
			var list dyad.ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("err = %v, want an ErrorList", err)
			}
			var got []string
			for _, e := range list {
				got = append(got, e.Error())
			}
			if !reflect.DeepEqual(got, tt.errs) {
				t.Errorf("errors:\n%q\nwant\n%q", got, tt.errs)
			}
			if len(d.Entries) != tt.entries {
				t.Errorf("%d entries read, want %d", len(d.Entries), tt.entries)
			}
		})
	}
}

// TestReadCRLF checks Windows line ends, blank lines and a last line
// without an end of line: line numbers stay right.
func TestReadCRLF(t *testing.T) {
	d := mustRead(t, "x", "<ISSUE CATEGORY=\"A\">\r\n\r\nn:tank [A]\n\n</ISSUE>\r\nlast [B]")
	if len(d.Entries) != 2 || d.Entries[1].Topic != "B" || d.Entries[1].Line != 6 {
		t.Errorf("entries = %+v", d.Entries)
	}
}

type failReader struct{ n int }

func (r *failReader) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, errors.New("disk on fire")
	}
	r.n = 0
	return copy(p, "a [A]\n"), nil
}

func TestReadFailure(t *testing.T) {
	d, err := Read("x", &failReader{n: 1})
	if dyad.ErrorKind(err) != dyad.EINTERNAL || !strings.Contains(err.Error(), "disk on fire") {
		t.Errorf("err = %v, want an internal error naming the cause", err)
	}
	if len(d.Entries) != 1 {
		t.Errorf("entries before the failure lost: %+v", d.Entries)
	}
}

func TestKindString(t *testing.T) {
	for k, want := range map[Kind]string{Signal: "signal", Exclude: "exclude", Veto: "veto"} {
		if got := k.String(); got != want {
			t.Errorf("Kind(%d).String() = %q, want %q", k, got, want)
		}
	}
}
