package token_test

import (
	"fmt"

	"github.com/dyadproject/dyad/token"
)

func ExampleTokenize() {
	text := `Gen. Smith's troops didn't enter the U.S. embassy, he said.`
	for _, t := range token.Tokenize(text) {
		fmt.Printf("%s[%d:%d] ", t.Word, t.Start, t.End)
	}
	fmt.Println()
	// Output:
	// Gen.[0:4] Smith[5:10] 's[10:12] troops[13:19] did[20:23] n't[23:26] enter[27:32] the[33:36] U.S.[37:41] embassy[42:49] ,[49:50] he[51:53] said[54:58] .[58:59]
}
