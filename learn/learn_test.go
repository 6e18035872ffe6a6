package learn

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

func TestPatternKey(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"CAMEO.verbpatterns.150430.txt:2027: SHELL [190]", "CAMEO.verbpatterns.150430.txt: SHELL [190]"},
		{"dyad.verbs.txt:7: - * BY PHONE [041:041]", "dyad.verbs.txt: - * BY PHONE [041:041]"},
		{"telephone call named by a phrase (coder/phone.go)", "telephone call named by a phrase (coder/phone.go)"},
		{"odd.txt:: X", "odd.txt:: X"},
		{"cut.txt:12", "cut.txt:"}, // a name cut after its line number
	} {
		a, b := patternKey(tc.in)
		if got := a + b; got != tc.want {
			t.Errorf("patternKey(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// sentence is a sentence of one or two events written for these tests.
func sentence() *Sentence {
	text := "Iran and Saudi Arabia agreed to restore ties, officials said."
	e := dyad.Event{
		Source: dyad.Actor{Code: "IRNGOV", Span: dyad.Span{Start: 100, End: 104}},
		Target: dyad.Actor{Code: "SAU", Span: dyad.Span{Start: 109, End: 121}},
		Code:   "030", Verb: dyad.Span{Start: 122, End: 128}, VerbText: "agreed",
		Pattern: "dyad.verbs.txt:42: - % *_TO [030:030]",
	}
	return &Sentence{Text: text, Start: 100, Events: []dyad.Event{e}}
}

func TestFeatures(t *testing.T) {
	got := Features(sentence(), 0)
	for _, want := range []string{"bias", "code=030", "root=03", "pat=dyad.verbs.txt: - % *_to [030:030]", "verb=agreed",
		"src=state.gov", "tgt=state.bare", "events=1", "prev=arabia", "next=to", "next2=to_restore", "after=restore|03", "said.after"} {
		if !slices.Contains(got, want) {
			t.Errorf("features lack %q: %v", want, got)
		}
	}
	for _, f := range got {
		if strings.Contains(f, "officials said") || strings.Contains(f, "42") {
			t.Errorf("feature %q holds the sentence or the pattern's line", f)
		}
	}
	// Scoring hashes the same features without building them.
	var h featureSet
	h.hashed = true
	features(&h, sentence(), 0)
	var want []uint64
	for _, f := range got {
		want = append(want, hashString(f))
	}
	if !slices.Equal(h.hashes, want) {
		t.Errorf("hashed features differ from the hashes of the named ones")
	}
}

// model is a hand-made model file: the bias feature alone decides.
func model(t *testing.T, bias string, settings string) *Model {
	t.Helper()
	file := "# made for a test\n" + settings + "\nclasses KEEP DROP 0312 0871\n" +
		"candidates\t030 dyad.verbs.txt: - % *_TO [030:030]\t2 3\n" + "bias\t" + bias + "\n"
	m, err := Parse([]byte(file))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestApply(t *testing.T) {
	for _, tc := range []struct {
		name, bias, settings string
		want                 string // code after Apply; "" dropped
	}{
		{"keep", "0:3", "setting drop_at 0.5\nsetting relabel_at 0.5", "030"},
		{"relabel", "2:3", "setting drop_at 0.5\nsetting relabel_at 0.5", "0312"},
		{"relabel to the likeliest", "2:1 3:3", "setting drop_at 0.5\nsetting relabel_at 0.5", "0871"},
		{"below relabel_at", "2:1 0:0.9", "setting drop_at 0.5\nsetting relabel_at 0.5", "030"},
		{"drop", "1:3", "setting drop_at 0.5\nsetting relabel_at 0.5", ""},
		{"drop off", "1:3", "setting drop_at 1\nsetting relabel_at 0.5", "030"},
	} {
		s := sentence()
		got := model(t, tc.bias, tc.settings).Apply(s)
		switch {
		case tc.want == "" && len(got) != 0:
			t.Errorf("%s: kept %v", tc.name, got[0].Code)
		case tc.want != "" && (len(got) != 1 || string(got[0].Code) != tc.want):
			t.Errorf("%s: got %v, want %s", tc.name, got, tc.want)
		case tc.want == "0312" && (got[0].Root != "03" || got[0].Name == ""):
			t.Errorf("%s: codebook fields not refilled: %+v", tc.name, got[0])
		}
	}
	// Keys that differ only in case are one key when scoring: both
	// candidates count, in any map order.
	for range 10 {
		m, err := Parse([]byte("setting drop_at 1\nsetting relabel_at 0.5\nclasses KEEP DROP 0312 0871\n" +
			"candidates\t030 dyad.verbs.txt: - % *_TO [030:030]\t2\ncandidates\t030 dyad.verbs.txt: - % *_to [030:030]\t3\nbias\t3:3\n"))
		if err != nil {
			t.Fatal(err)
		}
		if got := m.Apply(sentence()); len(got) != 1 || got[0].Code != "0871" {
			t.Fatalf("keys differing in case: got %v, want 0871", got)
		}
	}
	// A code and pattern with no candidates keeps its code whatever the
	// weights say of other codes.
	s := sentence()
	s.Events[0].Pattern = "dyad.verbs.txt:9: AGREE [030]"
	if got := model(t, "2:5", "setting drop_at 1\nsetting relabel_at 0.5").Apply(s); string(got[0].Code) != "030" {
		t.Errorf("relabelled an event whose pattern has no candidates: %s", got[0].Code)
	}
}

func TestParse(t *testing.T) {
	m := model(t, "0:0.5 2:-1.25", "setting drop_at 1\nsetting relabel_at 0.9\nsetting lambda 0.3\nsetting epochs 30\nsetting min_support 1")
	out, err := m.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	again, err := Parse(out)
	if err != nil {
		t.Fatal(err)
	}
	out2, _ := again.Marshal()
	if !bytes.Equal(out, out2) || again.RelabelAt != 0.9 || again.Weights["bias"][2] != -1.25 {
		t.Errorf("model does not survive a round trip:\n%s\n%s", out, out2)
	}
	// A pattern holding a tab would write a line Parse splits elsewhere.
	m.Candidates["030 odd\tpattern"] = []int{2}
	if _, err := m.Marshal(); err == nil {
		t.Errorf("Marshal wrote a candidate key holding a tab")
	}
	for _, bad := range []string{
		"classes KEEP 0312",                       // no DROP
		"classes KEEP DROP\nsetting speed 3",      // unknown setting
		"classes KEEP DROP\nsetting refine 0.5",   // refine is 0 or 1
		"classes KEEP DROP\nsetting refine 2",     // refine is 0 or 1
		"classes KEEP DROP\nbias\t0:x",            // bad weight
		"classes KEEP DROP\nbias\t7:1",            // class out of range
		"classes KEEP DROP\ncandidates\t030 P\t9", // candidate out of range
		"classes KEEP DROP\nbias\t0:1\nbias\t0:2", // feature twice
		"classes KEEP DROP\nwhat is this",         // unreadable
		"classes KEEP DROP\nbias\t",               // feature without weights
	} {
		if _, err := Parse([]byte(bad)); err == nil {
			t.Errorf("Parse(%q) accepted it", bad)
		}
	}
}

func TestDefaultParses(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Classes) < 2 || len(m.Weights) == 0 {
		t.Errorf("embedded model is empty: %d classes, %d features", len(m.Classes), len(m.Weights))
	}
}

// BenchmarkApply is the cost of the embedded model on one sentence of one
// event: "scored" an event whose code and pattern have other codes to
// take (features hashed, candidates scored), "kept" one whose have none
// (most events: kept unscored).
func BenchmarkApply(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	for _, tc := range []struct{ name, pattern string }{
		{"scored", "dyad.verbs.txt:42: - % *_TO [030:030]"},
		{"kept", "dyad.verbs.txt:9: AGREE [030]"},
	} {
		b.Run(tc.name, func(b *testing.B) {
			s := sentence()
			s.Events[0].Pattern = tc.pattern
			evs := slices.Clone(s.Events)
			b.ReportAllocs()
			for b.Loop() {
				copy(s.Events, evs)
				s.Events = m.Apply(s)[:1]
			}
		})
	}
}

// TestWords checks the word scanners the features read around an event:
// curly quotes are not part of a word, the typographic apostrophe is
// inside one.
func TestWords(t *testing.T) {
	for _, c := range []struct{ s, last string }{
		{"Iran condemned the “", "the"},
		{"the president’s", "president’s"},
		{"called it ‘a crime’", "crime"},
		{"said: ", "said"},
		{"", ""},
	} {
		if got := lastWord(c.s); got != c.last {
			t.Errorf("lastWord(%q) = %q, want %q", c.s, got, c.last)
		}
	}
	for _, c := range []struct{ s, next, rest string }{
		{" “aggression” against", "aggression", "” against"},
		{" Iran’s nuclear", "Iran’s", " nuclear"},
		{", said Iran", "", ""},
		{"’ said", "said", ""},
	} {
		next, rest := nextWord(c.s)
		if next != c.next || rest != c.rest {
			t.Errorf("nextWord(%q) = %q, %q, want %q, %q", c.s, next, rest, c.next, c.rest)
		}
	}
}
