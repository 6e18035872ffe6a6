package coder

import (
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/treebank"
)

// TestSentenceStructure codes, with the embedded production dictionaries,
// parser-shaped trees of sentence structures that decide which clauses give
// events and who their actors are. Each rule is shown beside the shape it
// must leave alone.
func TestSentenceStructure(t *testing.T) {
	set, _ := dict.Default()
	opt := DefaultOptions()
	opt.KeepMainVerb = true // as the pipeline codes news
	c := New(set, opt)
	date := time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, tree string
		want       []string // "SRC TGT CODE"
	}{
		// ACCORD [060] is agreeing; "according to" only cites a source.
		{"according to is a preposition",
			"(ROOT (S (NP (JJ Iranian) (NNS exports)) (VP (VBD rose) (ADVP (RB sharply)) (PP (VBG according) (PP (TO to) (NP (NP (DT a) (NN study)) (PP (IN by) (NP (NNP France))))))) (. .)))",
			nil},
		{"accord as a verb",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD accorded) (NP (NNP France)) (NP (NN help))) (. .)))",
			[]string{"IRN FRA 060"}},
		// A verb inside a noun phrase is about that noun, not the
		// sentence's subject, and its pattern slots stay inside it.
		{"a reduced relative's by phrase is its source",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD yawned) (PP (IN about) (NP (NP (NNPS Iraqis)) (VP (VBN detained) (PP (IN by) (NP (NNP Turkey))))))) (. .)))",
			[]string{"TUR IRQ 173"}},
		{"a reduced relative without a by phrase has no source",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD yawned) (PP (IN about) (NP (NP (NNS talks)) (VP (VBN expected) (S (VP (TO to) (VP (VB be) (VP (VBN held) (PP (IN in) (NP (NNP China))))))))))) (. .)))",
			nil},
		{"a relative clause of a named actor",
			"(ROOT (S (NP (NNP Syria)) (VP (VBD yawned) (PP (IN about) (NP (NP (NNP Israel)) (SBAR (WHNP (WDT which)) (S (VP (VBD attacked) (NP (NNP Lebanon)))))))) (. .)))",
			[]string{"ISR LBN 190"}},
		{"a participial clause is not the subject's act",
			"(ROOT (S (S (NP (JJ French) (NNS warships)) (VP (VBD yawned))) (S (VP (VBN expected) (PP (IN in) (NP (NNP Egypt))))) (. .)))",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tree, err := treebank.Parse(tt.tree)
			if err != nil {
				t.Fatal(err)
			}
			evs, err := c.Code(tree, date)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range evs {
				got = append(got, e.Source.Code+" "+e.Target.Code+" "+string(e.Code))
			}
			if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
