package chunk_test

import (
	"fmt"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/chunk"
	"github.com/dyadproject/dyad/sentence"
)

func ExampleParser_Parse() {
	doc := &dyad.Document{ID: "d1", Text: "The embassy was attacked by protesters. Iran did not comment."}
	p := chunk.New(nil)
	for _, s := range sentence.Split(doc) {
		tree := p.Parse(doc.Text, s)
		fmt.Println(tree)
	}
	// Output:
	// (ROOT (S (NP (DT The) (NN embassy)) (VP (VBD was) (VP (VBN attacked) (PP (IN by) (NP (NNS protesters))))) (. .)))
	// (ROOT (S (NP (NNP Iran)) (VP (VBD did) (RB not) (VP (VB comment))) (. .)))
}
