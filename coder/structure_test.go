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
