package coder

import (
	"testing"
	"time"

	"github.com/dyadproject/dyad/treebank"
)

// FuzzCode: any tree the reader accepts is coded without a panic, and every
// event's spans lie inside the text the tree was aligned to.
func FuzzCode(f *testing.F) {
	_, set := loadDev(f)
	f.Add("(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (JJ diplomatic) (NNS ties)) (PP (IN with) (NP (NNP Gondor)))) (. .)))", "Arnor restored diplomatic ties with Gondor.")
	f.Add("(ROOT (S (NP (NNP Gondor) (CC and) (NNP Osgiliath)) (VP (VBP have) (VP (VBN delayed) (NP (PRP$ their) (NN meeting))))))", "")
	f.Add("(ROOT (NP (NP (NNP CEBU)) (: --) (NP (NNS x))))", "CEBU -- x")
	f.Add("(S (VP (VBN opposed) (PP (IN by) (NP (NNP Osgiliath)))) (, ,) (NP (NN Eriador)))", "")
	f.Add("(, 0)", "") // a tree that is one comma: it has no parent
	opts := []Options{DefaultOptions(), {NewActorLength: 3, CommaMin: 1, CommaMax: 3, CommaBMin: 1, CommaBMax: 3, CommaEMin: 1, CommaEMax: 3}}
	f.Fuzz(func(t *testing.T, tree, text string) {
		n, err := treebank.Parse(tree)
		if err != nil {
			return
		}
		treebank.Align(n, text, 0)
		for _, o := range opts {
			evs, _ := New(set, o).Code(n, time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC))
			for _, e := range evs {
				if !e.Verb.Valid(len(text)) || !e.Source.Span.Valid(len(text)) || !e.Target.Span.Valid(len(text)) {
					t.Fatalf("span outside the text: %+v", e)
				}
			}
		}
	})
}
