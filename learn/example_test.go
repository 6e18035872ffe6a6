package learn_test

import (
	"fmt"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/learn"
)

// A model file names its classes, which codes an event of a code and
// pattern may take, and the weights of each feature; Apply decides each
// event of a sentence. Here the bias alone makes every "agreed to" 030
// a 0312 (intelligence sharing).
func ExampleModel_Apply() {
	m, err := learn.Parse([]byte("setting drop_at 1\nsetting relabel_at 0.5\nclasses KEEP DROP 0312\n" +
		"candidates\t030 dyad.verbs.txt: - % *_TO [030:030]\t2\n" +
		"bias\t2:3\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	s := &learn.Sentence{Text: "France agreed to share intelligence with Germany.", Events: []dyad.Event{{
		Source: dyad.Actor{Code: "FRA"}, Target: dyad.Actor{Code: "DEU"}, Code: "030",
		Verb: dyad.Span{Start: 7, End: 13}, VerbText: "agreed", Pattern: "dyad.verbs.txt:42: - % *_TO [030:030]",
	}}}
	for _, e := range m.Apply(s) {
		fmt.Println(e.Source.Code, e.Target.Code, e.Code, e.Root)
		fmt.Println(e.Pattern)
	}
	// Output:
	// FRA DEU 0312 03
	// dyad.verbs.txt:42: - % *_TO [030:030] | learned: 030 relabelled 0312
}
