package coref_test

import (
	"fmt"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/coref"
)

func ExampleResolver_Resolve() {
	text := "A Chinese military delegation met Ebrahim Raisi. Afterwards both sides agreed to cooperate."
	var r coref.Resolver
	r.Add(coref.Mention{Sentence: 0, Span: dyad.Span{Start: 2, End: 29}, Text: text[2:29], Code: "CHNMIL"})
	r.Add(coref.Mention{Sentence: 0, Span: dyad.Span{Start: 34, End: 47}, Text: text[34:47], Code: "IRNGOV", Kind: coref.Person})
	at := strings.Index(text, "both sides")
	actors, _ := r.Resolve("both sides", dyad.Span{Start: at, End: at + 10}, 1)
	for _, a := range actors {
		fmt.Println(a.Code, "from", a.Resolved)
	}
	// "Both sides" are the two countries; the mentions they came from are kept.
	// Output:
	// CHN from Chinese military delegation [2:29]
	// IRN from Ebrahim Raisi [34:47]
}
