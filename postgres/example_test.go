package postgres_test

import (
	"context"
	"fmt"
	"os"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/postgres"
)

// Open a store in a PostgreSQL database and ask it for China→Iran events.
// (Not run by go test: it needs a database.)
func ExampleOpen() {
	ctx := context.Background()
	db, err := postgres.Open(ctx, os.Getenv("DYAD_DB"), postgres.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer db.Close()
	evs, next, err := db.Events(ctx, dyad.EventFilter{Source: "CHN", Target: "IRN", Limit: 10})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range evs {
		fmt.Println(e.Date.Format(dyad.DateLayout), e.Source, e.Target, e.Code, e.NumMentions, e.Mention.Text)
	}
	if next != "" {
		fmt.Println("more: --cursor", next)
	}
}
