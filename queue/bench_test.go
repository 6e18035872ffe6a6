package queue_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/pipeline"
	"github.com/dyadproject/dyad/postgres"
	"github.com/dyadproject/dyad/queue"
)

// newsDocs makes n four-sentence stories from the codebook examples in
// ingest/testdata/news.txt, all distinct.
func newsDocs(b *testing.B, n int) []*dyad.Document {
	data, err := os.ReadFile("../ingest/testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	var docs []*dyad.Document
	for i := range n {
		var s []string
		for k := range 4 {
			s = append(s, lines[(i+37*k)%len(lines)])
		}
		docs = append(docs, &dyad.Document{ID: fmt.Sprintf("news%04d", i), Source: "Wire",
			Date: time.Date(2020, 1, 2, 0, 0, 0, 0, time.UTC), Text: strings.Join(s, " ")})
	}
	return docs
}

// BenchmarkWorkers codes 150 news stories through the queue into
// PostgreSQL with 1, 2 and 4 workers (goroutines, each coding one document
// at a time, as a one-core worker process would), from publishing to the
// last commit.
func BenchmarkWorkers(b *testing.B) {
	url := os.Getenv("DYAD_TEST_POSTGRES")
	if url == "" {
		b.Skip("DYAD_TEST_POSTGRES not set")
	}
	proc, err := pipeline.New(pipeline.Config{})
	if err != nil {
		b.Fatal(err)
	}
	docs := newsDocs(b, 150)
	for _, n := range []int{1, 2, 4} {
		b.Run(fmt.Sprintf("workers=%d", n), func(b *testing.B) {
			ctx := context.Background()
			sentences := 0
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				s := startNATS(b, b.TempDir(), -1)
				nc, js, err := queue.Connect(s.ClientURL(), "bench")
				if err != nil {
					b.Fatal(err)
				}
				if err := queue.Setup(ctx, js, queue.Config{}); err != nil {
					b.Fatal(err)
				}
				schema := fmt.Sprintf("bw%d_%d", os.Getpid(), time.Now().UnixNano()%1e9)
				store, err := postgres.Open(ctx, url, postgres.Options{Schema: schema})
				if err != nil {
					b.Fatal(err)
				}
				b.Cleanup(func() { store.Close(); postgres.DropSchema(ctx, url, schema) })
				b.StartTimer()
				p := queue.NewPublisher(nc, js)
				for _, d := range docs {
					c := *d
					if err := p.Publish(ctx, queue.Job{Doc: &c}); err != nil {
						b.Fatal(err)
					}
				}
				if err := p.Flush(ctx); err != nil {
					b.Fatal(err)
				}
				var wg sync.WaitGroup
				for k := range n {
					wg.Add(1)
					go func() {
						defer wg.Done()
						w := &queue.Worker{Store: store, Proc: proc, Workers: 1, Batch: 8, Idle: 300 * time.Millisecond, Name: fmt.Sprint("b", k)}
						if _, err := w.Work(ctx, js); err != nil {
							b.Error(err)
						}
					}()
				}
				wg.Wait()
				b.StopTimer()
				st, _ := store.Stats(ctx)
				if st.Documents != len(docs) {
					b.Fatalf("%d documents stored, want %d", st.Documents, len(docs))
				}
				sentences = st.Sentences
				nc.Close()
				s.Shutdown()
				b.StartTimer()
			}
			// The idle wait that ends the workers is not work: take it off.
			sec := b.Elapsed().Seconds()/float64(b.N) - 0.3
			b.ReportMetric(float64(len(docs))/sec, "docs/s")
			b.ReportMetric(float64(sentences)/sec, "sentences/s")
		})
	}
}
