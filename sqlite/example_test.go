package sqlite_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/sqlite"
)

func ExampleOpen() {
	dir, _ := os.MkdirTemp("", "dyad")
	defer os.RemoveAll(dir)
	db, err := sqlite.Open(filepath.Join(dir, "dyad.db"), sqlite.Options{Create: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer db.Close()
	ctx := context.Background()

	day := time.Date(2019, 3, 5, 0, 0, 0, 0, time.UTC)
	text := "Chinese generals visited Tehran."
	doc := &dyad.Document{ID: "d1", Source: "Wire", Date: day, Text: text,
		Sentences: []dyad.Sentence{{Doc: "d1", ID: "d1#1", Text: text, Span: dyad.Span{Start: 0, End: len(text)}}}}
	ev := dyad.Event{ID: "d1#1/1", Doc: "d1", SentenceID: "d1#1", Code: "042", Root: "04", Quad: 1, Goldstein: 1.9, Date: day,
		Source: dyad.Actor{Code: "CHNMIL", Text: "Chinese generals"}, Target: dyad.Actor{Code: "IRN", Text: "Tehran"}, Text: text}
	run, _ := db.BeginRun(ctx, dyad.Run{Inputs: []string{"example"}})
	n, _ := db.PutResults(ctx, run, []*dyad.Result{{Doc: doc, Events: []dyad.Event{ev}}})
	again, _ := db.PutResults(ctx, run, []*dyad.Result{{Doc: doc, Events: []dyad.Event{ev}}})
	fmt.Println("stored", n, "then", again)

	evs, _, _ := db.Events(ctx, dyad.EventFilter{Source: "CHN", Target: "IRN"})
	for _, e := range evs {
		fmt.Println(e.Date.Format(dyad.DateLayout), e.Source, e.Target, e.Code, e.NumMentions, e.Mention.Text)
	}
	// Output:
	// stored 1 then 0
	// 2019-03-05 CHNMIL IRN 042 1 Chinese generals visited Tehran.
}
