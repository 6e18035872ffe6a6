package sentence_test

import (
	"fmt"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/sentence"
)

func ExampleSplit() {
	doc := &dyad.Document{ID: "d1", Text: "Lt. Col. Smith met U.N. envoys in the U.S. The talks ended. Resolution No. 5 passed."}
	for _, s := range sentence.Split(doc) {
		fmt.Printf("%s %v %q\n", s.ID, s.Span, s.Text)
	}
	// Output:
	// d1#1 {0 42} "Lt. Col. Smith met U.N. envoys in the U.S."
	// d1#2 {43 59} "The talks ended."
	// d1#3 {60 84} "Resolution No. 5 passed."
}
