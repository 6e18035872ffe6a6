package http_test

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"

	"github.com/dyadproject/dyad"
	dyadhttp "github.com/dyadproject/dyad/http"
	"github.com/dyadproject/dyad/sqlite"
)

// Serve a store's API and dashboard; here one request goes through the
// handler directly.
func ExampleNew() {
	dir, _ := os.MkdirTemp("", "dyad-example")
	defer os.RemoveAll(dir)
	store, err := sqlite.Open(filepath.Join(dir, "dyad.db"), sqlite.Options{Create: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer store.Close()
	run, _ := store.BeginRun(context.Background(), dyad.Run{Inputs: []string{"example"}})
	text := "Iran accused Israel."
	ev := dyad.Event{ID: "s#1/1", Doc: "s", SentenceID: "s#1", Text: text, Code: "112", Quad: 3,
		Source: dyad.Actor{Code: "IRN", Text: "Iran", Span: dyad.Span{Start: 0, End: 4}},
		Target: dyad.Actor{Code: "ISR", Text: "Israel", Span: dyad.Span{Start: 13, End: 19}},
		Verb:   dyad.Span{Start: 5, End: 12}, VerbText: "accused"}
	doc := &dyad.Document{ID: "s", Text: text, Sentences: []dyad.Sentence{{Doc: "s", ID: "s#1", Text: text, Span: dyad.Span{End: len(text)}}}}
	store.PutResults(context.Background(), run, []*dyad.Result{{Doc: doc, Events: []dyad.Event{ev}}})

	s := dyadhttp.New(store, nil)
	// In a program: s.Serve(ctx, listener, 10*time.Second), or
	// s.HTTPServer(":8080").ListenAndServe().
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest("GET", "/api/actors?q=isr", nil))
	fmt.Println(rec.Code, rec.Body.String())
	// Output:
	// 200 {"actors":[{"code":"ISR","name":"Israel","as_source":0,"as_target":1}]}
}
