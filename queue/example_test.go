package queue_test

import (
	"context"
	"fmt"
	"os"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/pipeline"
	"github.com/dyadproject/dyad/postgres"
	"github.com/dyadproject/dyad/queue"
)

// Queue a document, then code the queue into PostgreSQL as "dyad worker"
// does. (Not run by go test: it needs a NATS server and a database.)
func ExampleWorker() {
	ctx := context.Background()
	nc, js, err := queue.Connect("nats://127.0.0.1:4222", "example")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer nc.Close()
	if err := queue.Setup(ctx, js, queue.Config{}); err != nil {
		fmt.Println(err)
		return
	}
	p := queue.NewPublisher(nc, js)
	p.Publish(ctx, queue.Job{Doc: &dyad.Document{ID: "d1", Text: "Chinese generals visited Tehran on Monday."}})
	if err := p.Flush(ctx); err != nil {
		fmt.Println(err)
		return
	}

	store, err := postgres.Open(ctx, os.Getenv("DYAD_DB"), postgres.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer store.Close()
	proc, err := pipeline.New(pipeline.Config{})
	if err != nil {
		fmt.Println(err)
		return
	}
	w := &queue.Worker{Store: store, Proc: proc, Idle: 2e9}
	c, err := w.Work(ctx, js)
	fmt.Println(c.Coded, "coded", err)

	st, _ := queue.Status(ctx, js, 5)
	fmt.Println(st.Waiting, "waiting,", st.Dead, "dead letters")
}
