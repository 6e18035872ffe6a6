package pipeline

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dict"
)

// enterGuards are null rows for ENTER of the kind seize42 tried (round
// thirty-seven) against its armed-noun rows ("- FORCES * + [192]"): forces
// that entered a state for exercises, or entered a phase of talks or a
// ceasefire, occupied nothing.
const enterGuards = `--- +ENTER ---
- * + FOR JOINT EXERCISES [---]
- * PHASE [---]
- * CEASEFIRE [---]
`

// guardedPipeline is the rule coder over the production dictionaries with
// enterGuards written into dyad.verbs.txt just before seize42's ENTER
// section (where "before"), just after it ("after"), or read as a file of
// its own after dyad.verbs.txt ("file").
func guardedPipeline(t *testing.T, where string) *Pipeline {
	t.Helper()
	const seize = "--- +ENTER ---\n- FIGHTERS * + [192]\n"
	srcs := defaultSources()
	at := slices.IndexFunc(srcs, func(s dict.Source) bool { return s.Name == "dyad.verbs.txt" })
	if at < 0 {
		t.Fatal("no dyad.verbs.txt among the default sources")
	}
	verbs := string(srcs[at].Data)
	i := strings.Index(verbs, seize)
	if i < 0 {
		t.Fatal("seize42's ENTER section is not in dyad.verbs.txt")
	}
	switch where {
	case "before":
		verbs = verbs[:i] + enterGuards + "\n" + verbs[i:]
	case "after":
		// seize42's section ends at the first blank line after it.
		j := i + strings.Index(verbs[i:], "\n\n") + 1
		verbs = verbs[:j] + "\n" + enterGuards + verbs[j:]
	case "file":
		g := dict.Source{Kind: dict.KindVerbs, Name: "guards43.verbs.txt", Data: []byte(enterGuards)}
		srcs = slices.Insert(srcs, at+1, g)
	}
	srcs[at].Data = []byte(verbs)
	set, err := dict.Build(srcs)
	if err != nil && set == nil {
		t.Fatal(err)
	}
	p, err := New(Config{Dicts: set, NoLearn: true, NoClean: true})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestNullRowPrecedence pins how a verb's patterns are chosen, which
// seize42 took for a fault: "Russian forces entered Belarus for joint
// exercises" stayed 192 under its guards. The first row that matches gives
// the code (docs/notes/coder.md, Coder step 4), a null row as much as a
// coded one, and length does not count; the order is the dictionary's
// (dict.Verbs): within a file, rows in the order written; an extension
// section of a later file goes before the block's rows read so far; the
// block's own rows (the 2015 file's "&MILITARY * + [192]") come last. So a
// guard written after seize42's rows in dyad.verbs.txt loses to them, and
// one written before them, or in a later file, blocks them.
func TestNullRowPrecedence(t *testing.T) {
	d := time.Date(2024, 3, 10, 0, 0, 0, 0, time.UTC)
	code := func(p *Pipeline, text string) string {
		res, err := p.Process(context.Background(), &dyad.Document{ID: "t", Text: text, Date: d})
		if err != nil {
			t.Fatal(err)
		}
		var s []string
		for _, e := range res.Events {
			s = append(s, fmt.Sprintf("%s>%s %s", e.Source.Code, e.Target.Code, e.Code))
		}
		return strings.Join(s, "; ")
	}
	ps := map[string]*Pipeline{}
	for _, w := range []string{"before", "after", "file"} {
		ps[w] = guardedPipeline(t, w)
	}
	for _, c := range []struct{ text, before, after, file string }{
		{"Russian forces entered Belarus for joint exercises.", "", "RUSMIL>BLR 192", ""},
		{"Syrian forces entered a new phase of talks with Turkey.", "", "SYRMIL>TUR 192", ""},
		// The 2015 row is the block's own: a guard anywhere blocks it.
		{"Syrian troops entered a new phase of talks with Turkey.", "", "", ""},
		// Negatives: a city entered by fighters or forces is still
		// occupied, wherever the guards stand.
		{"Taliban fighters entered Kandahar on Friday.", "AFGREB>AFG 192", "AFGREB>AFG 192", "AFGREB>AFG 192"},
		{"Russian forces entered the Ukrainian city of Kherson on Wednesday.", "RUSMIL>UKR 192", "RUSMIL>UKR 192", "RUSMIL>UKR 192"},
	} {
		for w, want := range map[string]string{"before": c.before, "after": c.after, "file": c.file} {
			if got := code(ps[w], c.text); got != want {
				t.Errorf("guards %s: %q: got %q, want %q", w, c.text, got, want)
			}
		}
	}
}
