package pipeline

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/learn"
)

// Declaration (u) of session twenty-two (docs/notes/news.md): a sentence's
// events keep the first event of each (source, target, code) triple, after
// the rule coder and after each relabeller. The sentences are written for
// these tests.

// dedupeTriples codes text as one document dated 1 May 2024 (the office
// holders below held their offices then) and returns its events'
// triples, in order.
func dedupeTriples(t *testing.T, p *Pipeline, text string) []string {
	t.Helper()
	doc := &dyad.Document{ID: "dedupe43", Text: text, Date: time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)}
	res, err := p.Process(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range res.Events {
		out = append(out, e.Source.Code+" "+e.Target.Code+" "+string(e.Code))
	}
	return out
}

func ruleCoder(t *testing.T) *Pipeline {
	t.Helper()
	p, err := New(Config{NoLearn: true})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestOneEventPerTriple: a pattern that fires once per named member of a
// listed subject ("- % * &TREATY WITH + [057:057]" for each of two
// ministers of one government), and a verb whose object lists two people
// of one code, gave the same triple twice; the first event of each stays.
// With the models too: both paths end in the same events.
func TestOneEventPerTriple(t *testing.T) {
	withModels, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Japanese Prime Minister Fumio Kishida and Foreign Minister Yoko Kamikawa signed a defence pact with their Australian counterparts in Tokyo on Monday.",
			[]string{"JPNGOV AUSGOV 057", "AUSGOV JPNGOV 057"}},
		{"A court in Lahore sentenced former prime minister Nawaz Sharif and former president Asif Ali Zardari to five years in prison on Monday.",
			[]string{"PAKJUD PAKELI 173"}},
	} {
		for name, p := range map[string]*Pipeline{"rule coder": ruleCoder(t), "with models": withModels} {
			if got := dedupeTriples(t, p, c.text); !slices.Equal(got, c.want) {
				t.Errorf("%s: %q\n got %q\nwant %q", name, c.text, got, c.want)
			}
		}
	}
}

// TestTwoCodesOnOnePairStay: two events of one pair with different codes
// are two events (negative case).
func TestTwoCodesOnOnePairStay(t *testing.T) {
	const text = "Kenya accused Uganda of smuggling weapons and threatened Uganda with sanctions on Monday."
	want := []string{"KEN UGA 1121", "KEN UGA 1312"}
	if got := dedupeTriples(t, ruleCoder(t), text); !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// dedupeModel parses a hand-written model file for the relabeller tests.
func dedupeModel(t *testing.T, text string) *learn.Model {
	t.Helper()
	m, err := learn.Parse([]byte("setting drop_at 1\nsetting relabel_at 0.9\n" + text))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestRelabelCopyDropped: an event a relabeller turns into a copy of
// another of the sentence's events is dropped, after the code relabeller
// (1312 relabelled 1121 beside a 1121) and after the role relabeller
// (KENCOP relabelled KENMIL beside a KENMIL), and a relabel that makes no
// copy leaves both events.
func TestRelabelCopyDropped(t *testing.T) {
	const (
		threat = "Kenya accused Uganda of smuggling weapons and threatened Uganda with sanctions on Monday."
		arrest = "Kenyan police and Kenyan soldiers arrested two Ugandan smugglers on Monday."
	)
	// The candidate key of the threat's 1312 (its code and pattern).
	var key string
	res, err := ruleCoder(t).Process(context.Background(), &dyad.Document{ID: "k", Text: threat})
	if err != nil {
		t.Fatal(err)
	}
	for i := range res.Events {
		if res.Events[i].Code == "1312" {
			key = learn.CandidateKey(&res.Events[i])
		}
	}
	if key == "" {
		t.Fatal("the rule coder gave no 1312 for the threat")
	}
	none := dedupeModel(t, "classes KEEP DROP\n")
	for _, c := range []struct {
		name, text  string
		code, roles *learn.Model
		want        []string
	}{
		{"code copy", threat, dedupeModel(t, "classes KEEP DROP 1121\ncandidates\t"+key+"\t2\nbias\t2:10\n"), none,
			[]string{"KEN UGA 1121"}},
		{"code, no copy", threat, dedupeModel(t, "classes KEEP DROP 1123\ncandidates\t"+key+"\t2\nbias\t2:10\n"), none,
			[]string{"KEN UGA 1121", "KEN UGA 1123"}},
		{"role copy", arrest, none, dedupeModel(t, "classes KEEP DROP MIL\ncandidates\tSTATE.COP\t2\nbias\t2:10\n"),
			[]string{"KENMIL UGACRM 173"}},
		{"role, no copy", arrest, none, dedupeModel(t, "classes KEEP DROP GOV\ncandidates\tSTATE.COP\t2\nbias\t2:10\n"),
			[]string{"KENGOV UGACRM 173", "KENMIL UGACRM 173"}},
	} {
		p := ruleCoder(t)
		p.model, p.roles = c.code, c.roles
		if got := dedupeTriples(t, p, c.text); !slices.Equal(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// TestUniqueTriples: the first of each triple stays, in order; a reversed
// pair or another code is another triple.
func TestUniqueTriples(t *testing.T) {
	ev := func(src, tgt, code string) dyad.Event {
		return dyad.Event{Source: dyad.Actor{Code: src}, Target: dyad.Actor{Code: tgt}, Code: dyad.Code(code)}
	}
	got := uniqueTriples([]dyad.Event{
		ev("KEN", "UGA", "042"), ev("UGA", "KEN", "042"), ev("KEN", "UGA", "043"),
		ev("KEN", "UGA", "042"), ev("UGA", "KEN", "042"), ev("KENGOV", "UGA", "042"),
	})
	var s []string
	for _, e := range got {
		s = append(s, e.Source.Code+" "+e.Target.Code+" "+string(e.Code))
	}
	want := []string{"KEN UGA 042", "UGA KEN 042", "KEN UGA 043", "KENGOV UGA 042"}
	if !slices.Equal(s, want) {
		t.Errorf("got %q, want %q", s, want)
	}
}
