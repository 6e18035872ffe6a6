package pipeline_test

import (
	"context"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/benchtest"
	"github.com/dyadproject/dyad/pipeline"
)

// BenchmarkStream codes the news corpus through the whole pipeline (repair,
// language check, split, parse, code, coreference, dates, places, topics)
// with one worker per core, one document per corpus line (mostly one
// sentence each, so per-document work weighs heavily): run with -cpu 1,2 to
// see it scale. sentences/cpu-s divides by the process's CPU time, what the
// cores did rather than how long they were waited for.
func BenchmarkStream(b *testing.B) {
	benchStream(b, newsDocs(b))
}

// BenchmarkStreamArticles codes the same corpus grouped into documents of
// about 20 sentences (17 corpus lines), the size of a news article, so
// per-document work is spread over as many sentences as it is in real input.
func BenchmarkStreamArticles(b *testing.B) {
	benchStream(b, articles(newsDocs(b), 17))
}

// articles joins lines into documents of n lines each, paragraphs apart.
func articles(lines []string, n int) []string {
	var out []string
	for i := 0; i < len(lines); i += n {
		out = append(out, strings.Join(lines[i:min(i+n, len(lines))], "\n\n"))
	}
	return out
}

func benchStream(b *testing.B, texts []string) {
	p := newPipeline(b)
	var sentences, events atomic.Int64
	b.ReportAllocs()
	b.ResetTimer()
	cpu := benchtest.CPUTime()
	for b.Loop() {
		err := pipeline.Stream(context.Background(), p, runtime.GOMAXPROCS(0), streamDocs(texts), func(r *dyad.Result) error {
			sentences.Add(int64(len(r.Doc.Sentences)))
			events.Add(int64(len(r.Events)))
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	n := float64(sentences.Load())
	b.ReportMetric(n/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(n/(benchtest.CPUTime()-cpu).Seconds(), "sentences/cpu-s")
	b.ReportMetric(float64(events.Load())/n, "events/sentence")
}
