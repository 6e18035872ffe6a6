package coder

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/coref"
	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/treebank"
)

var (
	newsOnce sync.Once
	newsSet  *dict.Set
)

// newsDicts is the production set with the office holders, as the pipeline
// builds it.
func newsDicts(t testing.TB) *dict.Set {
	newsOnce.Do(func() {
		srcs := append(dict.DefaultSources(), dict.Source{Kind: dict.KindActors,
			Name: "dyad.officeholders.actors.txt", Data: []byte(actor.Dictionary())})
		newsSet, _ = dict.Build(srcs)
	})
	if newsSet == nil {
		t.Fatal("no dictionaries")
	}
	return newsSet
}

// sentence is one parsed sentence of a test document.
type sentence struct{ text, tree string }

// codeDoc codes the sentences as one document, with references resolved
// when refs is true.
func codeDoc(t *testing.T, c *Coder, date string, refs bool, ss ...sentence) []dyad.Event {
	t.Helper()
	d, _ := time.Parse(dyad.DateLayout, date)
	var r *coref.Resolver
	if refs {
		r = &coref.Resolver{}
	}
	var out []dyad.Event
	off := 0
	for i, s := range ss {
		tree, err := treebank.Parse(s.tree)
		if err != nil {
			t.Fatal(err)
		}
		treebank.Align(tree, s.text, off)
		evs, err := c.CodeIn(tree, d, r, i)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, evs...)
		off += len(s.text) + 1
	}
	return out
}

func triples(evs []dyad.Event) string {
	var s []string
	for _, e := range evs {
		s = append(s, e.Source.Code+">"+e.Target.Code+" "+string(e.Code))
	}
	return strings.Join(s, "; ")
}

// TestNewsActors: office holders, titles, "including" lists and references
// in the coder, with the production dictionaries.
func TestNewsActors(t *testing.T) {
	set := newsDicts(t)
	on := New(set, DefaultOptions())
	off := DefaultOptions()
	off.Titles = false
	noTitles := New(set, off)
	main := DefaultOptions()
	main.KeepMainVerb = true
	keepMain := New(set, main)

	raisi := sentence{"Iranian President Ebrahim Raisi condemned France.",
		"(ROOT (S (NP (JJ Iranian) (NNP President) (NNP Ebrahim) (NNP Raisi)) (VP (VBD condemned) (NP (NNP France))) (. .)))"}
	officials := sentence{"Senior Iranian officials condemned France.",
		"(ROOT (S (NP (JJ Senior) (JJ Iranian) (NNS officials)) (VP (VBD condemned) (NP (NNP France))) (. .)))"}
	including := sentence{"French officials met senior Iranian officials, including President Ebrahim Raisi and Defense Minister Mohammad Reza Ashtiani.",
		"(ROOT (S (NP (JJ French) (NNS officials)) (VP (VBD met) (NP (JJ senior) (JJ Iranian) (NNS officials)) (, ,) (S (VP (VBG including) (NP (NP (NNP President) (NNP Ebrahim) (NNP Raisi)) (CC and) (NP (NNP Defense) (NNP Minister) (NNP Mohammad) (NNP Reza) (NNP Ashtiani)))))) (. .)))"}
	china := sentence{"China condemned France.", "(ROOT (S (NP (NNP China)) (VP (VBD condemned) (NP (NNP France))) (. .)))"}
	it := sentence{"It also condemned Iran.", "(ROOT (S (NP (PRP It)) (VP (ADVP (RB also)) (VBD condemned) (NP (NNP Iran))) (. .)))"}
	relative := sentence{"Iran, which signed the deal in May, condemned France.",
		"(ROOT (S (NP (NP (NNP Iran)) (, ,) (SBAR (WHNP (WDT which)) (S (VP (VBD signed) (NP (DT the) (NN deal)) (PP (IN in) (NP (NNP May)))))) (, ,)) (VP (VBD condemned) (NP (NNP France))) (. .)))"}

	leadersOf := sentence{"The leaders of Iran condemned France.",
		"(ROOT (S (NP (NP (DT The) (NNS leaders)) (PP (IN of) (NP (NNP Iran)))) (VP (VBD condemned) (NP (NNP France))) (. .)))"}
	peopleOf := sentence{"Thousands of Iranians condemned France.",
		"(ROOT (S (NP (NP (NNS Thousands)) (PP (IN of) (NP (NNPS Iranians)))) (VP (VBD condemned) (NP (NNP France))) (. .)))"}
	told := sentence{"Iran told Iraq that it would attack Kuwait.",
		"(ROOT (S (NP (NNP Iran)) (VP (VBD told) (NP (NNP Iraq)) (SBAR (IN that) (S (NP (PRP it)) (VP (MD would) (VP (VB attack) (NP (NNP Kuwait))))))) (. .)))"}
	rebels := sentence{"The rebels told Iran that it had attacked Iraq.",
		"(ROOT (S (NP (DT The) (NNS rebels)) (VP (VBD told) (NP (NNP Iran)) (SBAR (IN that) (S (NP (PRP it)) (VP (VBD had) (VP (VBN attacked) (NP (NNP Iraq))))))) (. .)))"}

	tests := []struct {
		name  string
		c     *Coder
		date  string
		refs  bool
		ss    []sentence
		want  string
		check func(t *testing.T, evs []dyad.Event)
	}{
		{"office holder beats the country word", on, "2022-05-02", false, []sentence{raisi}, "IRNGOV>FRA 111",
			func(t *testing.T, evs []dyad.Event) {
				if s := evs[0].Source; s.Entry != "EBRAHIM_RAISI" || s.Since != "2021-08-03" || s.Text != "Iranian President Ebrahim Raisi" {
					t.Errorf("source provenance %+v", s)
				}
			}},
		{"former office holder", on, "2024-06-01", false, []sentence{raisi}, "IRNELI>FRA 111", nil},
		{"title gives the sector", on, "2022-05-02", false, []sentence{officials}, "IRNGOV>FRA 111",
			func(t *testing.T, evs []dyad.Event) {
				if d := evs[0].Source.Dict; d != "dyad.titles" {
					t.Errorf("title provenance %q", d)
				}
			}},
		{"a title head of a country", on, "2022-05-02", false, []sentence{leadersOf}, "IRNGOV>FRA 111", nil},
		{"a count of a country's people", on, "2022-05-02", false, []sentence{peopleOf}, "IRN>FRA 111", nil},
		{"titles off", noTitles, "2022-05-02", false, []sentence{officials}, "IRN>FRA 111", nil},
		{"including list names the targets", on, "2022-05-02", false, []sentence{including},
			"FRAGOV>IRNGOV 040; FRAGOV>IRNGOV 040",
			func(t *testing.T, evs []dyad.Event) {
				if evs[0].Target.Entry != "EBRAHIM_RAISI" || evs[1].Target.Entry != "MOHAMMAD_REZA_ASHTIANI" {
					t.Errorf("targets %q, %q", evs[0].Target.Entry, evs[1].Target.Entry)
				}
			}},
		{"pronoun resolved", on, "2022-05-02", true, []sentence{china, it}, "CHN>FRA 111; CHN>IRN 111",
			func(t *testing.T, evs []dyad.Event) {
				if r := evs[1].Source.Resolved; r != "China [0:5]" || evs[1].Source.Text != "It" {
					t.Errorf("pronoun source %+v", evs[1].Source)
				}
			}},
		{"reported pronoun is the speaker", on, "2022-05-02", true, []sentence{told}, "IRN>KWT 190", nil},
		{"reported pronoun is the speaker, no resolver", on, "2022-05-02", false, []sentence{told}, "IRN>KWT 190", nil},
		{"reported pronoun disagrees with the speaker", on, "2022-05-02", true, []sentence{rebels}, "IRN>IRQ 190", nil},
		{"pronoun without a resolver", on, "2022-05-02", false, []sentence{china, it}, "CHN>FRA 111", nil},
		{"comma clause with the main verb dropped (PETRARCH)", on, "2022-05-02", false, []sentence{relative}, "", nil},
		{"comma clause with the main verb kept", keepMain, "2022-05-02", false, []sentence{relative}, "IRN>FRA 111", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := codeDoc(t, tt.c, tt.date, tt.refs, tt.ss...)
			if got := triples(evs); got != tt.want {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
			if tt.check != nil {
				tt.check(t, evs)
			}
		})
	}
}

func ExampleCoder_CodeIn() {
	srcs := append(dict.DefaultSources(), dict.Source{Kind: dict.KindActors,
		Name: "dyad.officeholders.actors.txt", Data: []byte(actor.Dictionary())})
	set, _ := dict.Build(srcs)
	c := New(set, DefaultOptions())
	refs := &coref.Resolver{}
	date := time.Date(2022, 5, 2, 0, 0, 0, 0, time.UTC)
	off := 0
	for i, s := range []struct{ text, tree string }{
		{"Ebrahim Raisi condemned France.", "(ROOT (S (NP (NNP Ebrahim) (NNP Raisi)) (VP (VBD condemned) (NP (NNP France))) (. .)))"},
		{"He also criticized Britain.", "(ROOT (S (NP (PRP He)) (VP (ADVP (RB also)) (VBD criticized) (NP (NNP Britain))) (. .)))"},
	} {
		tree, _ := treebank.Parse(s.tree)
		treebank.Align(tree, s.text, off)
		evs, _ := c.CodeIn(tree, date, refs, i)
		for _, e := range evs {
			fmt.Println(e.Source.Code, e.Target.Code, e.Code, e.Source.Text, "=", e.Source.Entry+e.Source.Resolved)
		}
		off += len(s.text) + 1
	}
	// Output:
	// IRNGOV FRA 111 Ebrahim Raisi = EBRAHIM_RAISI
	// IRNGOV GBR 111 He = reference: HeEbrahim Raisi [0:13]
}

// treeCase is a sentence, the tree dyad's parser gives it, and the events
// the coder should give it, as triples() writes them.
type treeCase struct{ name, text, tree, want string }

// newsCoder codes as the pipeline codes news: the main verb kept,
// sub-codes and linked events on.
func newsCoder(t *testing.T) *Coder {
	opt := DefaultOptions()
	opt.KeepMainVerb, opt.SubCodes, opt.LinkedEvents = true, true, true
	return New(newsDicts(t), opt)
}

// checkTrees codes each case as a one-sentence document of date, with
// references resolved, and compares its events with the case's.
func checkTrees(t *testing.T, c *Coder, date string, cases []treeCase) {
	t.Helper()
	for _, tc := range cases {
		got := triples(codeDoc(t, c, date, true, sentence{tc.text, tc.tree}))
		if got != tc.want {
			t.Errorf("%s:\n got  %s\n want %s", tc.name, got, tc.want)
		}
	}
}
