package clean_test

import (
	"fmt"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/clean"
)

func ExampleRepair() {
	doc := &dyad.Document{Text: "Free download meme #free\n" +
		"The talks were hosted by the U.N. Rebels said they donâ€™t trust the army.Ľhe army denied it.Ĭhina called for calm."}
	clean.Repair(doc, clean.Options{})
	fmt.Println(doc.Text)
	for _, s := range doc.Quality.Steps {
		fmt.Println(s.Name, s.Count)
	}
	// Every byte of the repaired text maps back to the input.
	fmt.Printf("%q\n", doc.Original[doc.OriginalOffset(0):doc.OriginalOffset(9)])
	// Output:
	// The talks were hosted by the U.N. Rebels said they don’t trust the army.
	//
	// The army denied it.
	//
	// China called for calm.
	// mojibake 1
	// spam-line 1
	// shifted-letters 2
	// paragraph-breaks 2
	// "The talks"
}

// The name-case step restores capitals only to the names it is handed,
// prepared once and shared by every Repair; pipeline.DefaultNames holds the
// gazetteer's.
func ExampleNewNames() {
	names := clean.NewNames([]string{"Kenya", "Moscow", "South Korea", "China"})
	doc := &dyad.Document{Text: "oscow said south korea and kenya would attend. The china cabinet stayed shut."}
	clean.Repair(doc, clean.Options{Names: names, Disable: []string{"language"}})
	fmt.Println(doc.Text)
	// Output:
	// Moscow said South Korea and Kenya would attend. The china cabinet stayed shut.
}

func ExampleSkipped() {
	doc := &dyad.Document{ID: "d7", Input: "le-monde.txt",
		Text: "Le gouvernement a annoncé mardi de nouvelles mesures pour soutenir les agriculteurs touchés par la sécheresse."}
	clean.Repair(doc, clean.Options{})
	if rj := clean.Skipped(doc); rj != nil {
		fmt.Println(rj.Kind, rj.Reason, rj.Detail)
	}
	// Output:
	// skipped not English language fr
}

func ExampleSteps() {
	fmt.Println(clean.Steps())
	// Output:
	// [encoding mojibake unicode-nfc control-chars html-markup whitespace spam-line boilerplate navigation label-prefix wire-prefix photo-credit widget-prefix headline-prefix line-wraps duplicate-paragraphs sentence-order shifted-letters paragraph-breaks name-case]
}
