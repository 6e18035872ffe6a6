package coder

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/treebank"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// goldenIDs are dev records that exercise one mechanism each.
var goldenIDs = []string{
	"DEMO-00",     // default verb code, target in a PP
	"DEMO-02",     // paired code 032:033, possessive agent
	"DEMO-10",     // "NOTED + *": target from the pattern, source from the clause above
	"DEMO-30",     // multi-word verb WIRE_+TAP
	"COMPOUND-09", // agents of a compound joined to a compound in a PP
	"COMPOUND-27", // agents distributed over "media and government"
	"DATE-10",     // date restriction over the default
	"PATTERN-21",  // ^ and $ in the lower pattern
	"PASSIVE-01",  // passive "by" agent
	"SYNSET-22g",  // synsets tied by '_'
	"ACTOR-01",    // new_actor_length: quoted new actors
	"ERROR-01",    // dateline
	"DISCARD-02",  // story discard
}

type goldenEvent struct {
	Source, Target dyad.Actor
	Code           dyad.Code
	Verb           string
	VerbSpan       dyad.Span
	Pattern        string
}

func TestGolden(t *testing.T) {
	recs := parseDev(t)
	var out bytes.Buffer
	for _, id := range goldenIDs {
		found := false
		for _, p := range recs {
			if p.rec.ID != id {
				continue
			}
			found = true
			evs, err := p.c.Code(p.tree, p.rec.Date)
			fmt.Fprintf(&out, "== %s %s\n", id, p.rec.Text)
			if err != nil {
				fmt.Fprintf(&out, "error: %v\n", err)
			}
			for _, e := range evs {
				b, _ := json.Marshal(goldenEvent{e.Source, e.Target, e.Code, e.VerbText, e.Verb, e.Pattern})
				out.Write(b)
				out.WriteByte('\n')
				if !e.Verb.Valid(len(p.rec.Text)) || p.rec.Text[e.Verb.Start:e.Verb.End] != e.VerbText {
					t.Errorf("%s: verb span %v does not hold %q", id, e.Verb, e.VerbText)
				}
			}
		}
		if !found {
			t.Errorf("record %s not in dev.xml", id)
		}
	}
	if *update {
		os.WriteFile("testdata/dev-sample.golden", out.Bytes(), 0o644)
	}
	want, _ := os.ReadFile("testdata/dev-sample.golden")
	if !bytes.Equal(out.Bytes(), want) {
		t.Errorf("coded events differ from testdata/dev-sample.golden (go test -update to accept):\n%s", out.String())
	}
}

// TestConcurrent codes all records from many goroutines with one Coder and
// checks every goroutine gets the single-goroutine result (run with -race).
func TestConcurrent(t *testing.T) {
	recs := parseDev(t)
	want := make([]string, len(recs))
	for i, p := range recs {
		want[i] = summary(p.c.Code(p.tree, p.rec.Date))
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := len(recs) - 1; i >= 0; i-- {
				p := recs[i]
				if got := summary(p.c.Code(p.tree, p.rec.Date)); got != want[i] {
					t.Errorf("%s: concurrent %s, want %s", p.rec.ID, got, want[i])
					return
				}
			}
		}()
	}
	wg.Wait()
}

func summary(evs []dyad.Event, err error) string {
	var b strings.Builder
	for _, e := range evs {
		fmt.Fprintf(&b, "%s>%s:%s@%s;", e.Source.Code, e.Target.Code, e.Code, e.Source.Text)
	}
	if err != nil {
		b.WriteString(err.Error())
	}
	return b.String()
}

func TestSkips(t *testing.T) {
	_, set := loadDev(t)
	c := New(set, DefaultOptions())
	for _, tc := range []struct{ tree, reason string }{
		{"(ROOT (S (NP (NNP Arnor)) (VP (VBZ plays) (NP (NN baseball))) (. .)))", "sentencediscard"},
		{"(ROOT (S (NP (NNP Manchester) (NNP United)) (VP (VBD won)) (. .)))", "storydiscard"},
		{"(ROOT (NP (NP (NNP CEBU) (NNP CITY)) (: --) (NP (NNS fishermen))))", "dateline"},
	} {
		tree, _ := treebank.Parse(tc.tree)
		_, err := c.Code(tree, time.Now())
		var skip *Skip
		if !errors.As(err, &skip) || skip.Reason != tc.reason {
			t.Errorf("%s: got %v, want %s", tc.tree, err, tc.reason)
		}
	}
}

func TestOptionsSet(t *testing.T) {
	for _, tc := range []struct {
		name, value string
		ok          bool
		check       func(Options) bool
	}{
		{"require_dyad", "FALSE", true, func(o Options) bool { return !o.RequireDyad }},
		{"require_dyad", "True", true, func(o Options) bool { return o.RequireDyad }},
		{"require_dyad", "maybe", false, nil},
		{"new_actor_length", "4", true, func(o Options) bool { return o.NewActorLength == 4 }},
		{"comma_emax", "0", true, func(o Options) bool { return o.CommaEMax == 0 }},
		{"comma_min", "-1", false, nil},
		{"stop_on_error", "True", true, func(o Options) bool { return o == DefaultOptions() }},
	} {
		o := DefaultOptions()
		err := o.Set(tc.name, tc.value)
		if (err == nil) != tc.ok || tc.ok && !tc.check(o) {
			t.Errorf("Set(%s, %s) = %v, options %+v", tc.name, tc.value, err, o)
		}
	}
}

// TestProduction codes with the embedded Phoenix set: a country and an agent,
// a verb pattern from the production verb file, and date-restricted leaders.
func TestProduction(t *testing.T) {
	set, _ := dict.Default()
	c := New(set, DefaultOptions())
	tree, err := treebank.Parse("(ROOT (S (NP (JJ Russian) (NNS troops)) (VP (VBD attacked) (NP (NNP Ukraine))) (. .)))")
	if err != nil {
		t.Fatal(err)
	}
	evs, err := c.Code(tree, time.Date(2022, 3, 1, 0, 0, 0, 0, time.UTC))
	if err != nil || len(evs) != 1 || evs[0].Source.Code != "RUSMIL" || evs[0].Target.Code != "UKR" || evs[0].Code.Root() != "19" {
		t.Fatalf("got %s %v, want RUSMIL UKR 19x", summary(evs, nil), err)
	}
	if !strings.HasPrefix(evs[0].Pattern, "CAMEO.verbpatterns.150430.txt:") {
		t.Errorf("pattern provenance %q", evs[0].Pattern)
	}
}

func ExampleCoder_Code() {
	set, _ := dict.Default()
	c := New(set, DefaultOptions())
	text := "France condemned Iran."
	tree, _ := treebank.Parse("(ROOT (S (NP (NNP France)) (VP (VBD condemned) (NP (NNP Iran))) (. .)))")
	treebank.Align(tree, text, 0)
	evs, _ := c.Code(tree, time.Date(2020, 1, 2, 0, 0, 0, 0, time.UTC))
	for _, e := range evs {
		fmt.Println(e.Source.Code, e.Target.Code, e.Code, text[e.Verb.Start:e.Verb.End])
	}
	// Output: FRA IRN 111 condemned
}
