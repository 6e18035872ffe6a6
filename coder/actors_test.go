package coder

import (
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/treebank"
)

// mentions codes the actor phrases of one parsed sentence with the
// production dictionaries and writes them as "words=CODE CODE; ...".
func mentions(t *testing.T, c *Coder, text, tree, date string) string {
	t.Helper()
	root, err := treebank.Parse(tree)
	if err != nil {
		t.Fatal(err)
	}
	treebank.Align(root, text, 0)
	d, _ := time.Parse(dyad.DateLayout, date)
	s := &sent{}
	s.reset(c, root, d)
	s.dropCommaClauses()
	s.findActors()
	var out []string
	for _, m := range s.nes {
		var cs []string
		for _, a := range m.codes {
			cs = append(cs, a.code)
		}
		out = append(out, s.text(m.first, m.last)+"="+strings.Join(cs, " "))
	}
	return strings.Join(out, "; ")
}

// TestActorPhrases: which actor a noun phrase names, with the production
// dictionaries. The trees are dyad's parser's output for the sentences.
func TestActorPhrases(t *testing.T) {
	opt := DefaultOptions()
	opt.KeepMainVerb = true
	c := New(newsDicts(t), opt)
	tests := []struct {
		name, date, text, tree, want string
	}{
		{"a specific organisation beats the generic phrase before it", "2003-06-15",
			"Human rights organization Amnesty International demanded it.",
			"(ROOT (S (NP (NNP Human) (NNS rights) (NN organization) (NNP Amnesty) (NNP International)) (VP (VBD demanded) (NP (PRP it))) (. .)))",
			"Human rights organization Amnesty International=NGOHRIAMN"},
		{"a person's code beats the nationality before it", "2000-01-01",
			"Israeli right-winger Ariel Sharon criticized the Palestinian militant group Hamas.",
			"(ROOT (S (NP (JJ Israeli) (NN right-winger) (NNP Ariel) (NNP Sharon)) (VP (VBD criticized) (NP (DT the) (JJ Palestinian) (NN militant) (NN group) (NNP Hamas))) (. .)))",
			"Israeli right-winger Ariel Sharon=ISRELI; the Palestinian militant group Hamas=PSEREBHMS"},
		{"a country word and a generic role stay", "2000-01-01",
			"Indian business leaders met Kenyan lawmakers.",
			"(ROOT (S (NP (JJ Indian) (NN business) (NNS leaders)) (VP (VBD met) (NP (NNP Kenyan) (NNS lawmakers))) (. .)))",
			"Indian business leaders=INDBUS; Kenyan lawmakers=KENLEG"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mentions(t, c, tt.text, tt.tree, tt.date); got != tt.want {
				t.Errorf("%s\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}
