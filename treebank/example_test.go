package treebank_test

import (
	"fmt"

	"github.com/dyadproject/dyad/treebank"
)

func ExampleParse() {
	text := "Arnor left Gondor."
	tree, err := treebank.Parse("(ROOT (S (NP (NNP Arnor)) (VP (VBD left) (NP (NNP Gondor))) (. .)))")
	if err != nil {
		fmt.Println(err)
		return
	}
	treebank.Align(tree, text, 0)
	for _, l := range tree.Leaves() {
		fmt.Printf("%s %s %q\n", l.Label, l.Word, text[l.Start:l.End])
	}
	// Output:
	// NNP Arnor "Arnor"
	// VBD left "left"
	// NNP Gondor "Gondor"
	// . . "."
}
