package source_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/source"
)

func ExampleRead() {
	input := `{"id": "s1", "date": "2024-05-02", "title": "Talks resume", "text": "Negotiators resumed talks in Geneva."}
{"id": "s2", "text": "A line cut short
{"url": "https://example.org/b", "content": "Dock workers ended their strike.", "section": "business"}
`
	err := source.Read(context.Background(), strings.NewReader(input), "feed.jsonl", source.Options{},
		func(d *dyad.Document) error {
			fmt.Printf("%s %s %q meta=%v\n", d.ID, d.Date.Format(dyad.DateLayout), d.Text, d.Meta)
			return nil
		},
		func(r dyad.Reject) { fmt.Printf("rejected %s:%d: %s\n", r.Input, r.Line, r.Reason) })
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// s1 2024-05-02 "Negotiators resumed talks in Geneva." meta=map[]
	// rejected feed.jsonl:2: malformed JSON at byte 38 of the line: unexpected end of JSON input
	// c69f816d9398b977 0001-01-01 "Dock workers ended their strike." meta=map[section:business]
}

func ExampleWalk() {
	var docs, rejects int
	err := source.Walk(context.Background(), []string{"testdata/dir/input"}, source.Options{MaxSize: 120},
		func(*dyad.Document) error { docs++; return nil },
		func(dyad.Reject) { rejects++ })
	fmt.Println(docs, "documents,", rejects, "rejected", err)
	// Output: 10 documents, 7 rejected <nil>
}

func ExampleReadFile() {
	err := source.ReadFile(context.Background(), "testdata/html/input.html", source.Options{},
		func(d *dyad.Document) error {
			fmt.Println(d.Format, d.Title, "|", d.Source, "|", d.Date.Format(dyad.DateLayout), "|", d.Meta["byline"])
			return nil
		},
		func(r dyad.Reject) { fmt.Println("rejected:", r.Reason) })
	fmt.Println(err)
	// Output:
	// html Ministers agree grain corridor | The Daily Ledger | 2023-07-14 | Maria Okafor
	// <nil>
}

func ExampleDocID() {
	fmt.Println(source.DocID(" story-17 ", "https://example.org/a", "text"))
	fmt.Println(source.DocID("", "https://example.org/a", "Dock workers ended their strike."))
	fmt.Println(source.DocID("", "https://example.org/a", "Dock workers ended their strike."))
	// Output:
	// story-17
	// 702673dbf73b001f
	// 702673dbf73b001f
}
