package tag_test

import (
	"fmt"

	"github.com/dyadproject/dyad/tag"
	"github.com/dyadproject/dyad/token"
)

func ExampleTagger_Tag() {
	toks := token.Tokenize("Rebels attacked the embassy on Monday.")
	tag.New(nil).Tag(toks)
	for _, t := range toks {
		fmt.Printf("%s/%s ", t.Word, t.Tag)
	}
	fmt.Println()
	// Output:
	// Rebels/NNS attacked/VBD the/DT embassy/NN on/IN Monday/NNP ./.
}
