package pipeline_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/learn"
	"github.com/dyadproject/dyad/pipeline"
)

// TestLearnHook checks the hook: by default each sentence's events are
// the learned model's verdict on the events the pipeline gives with
// Config.NoLearn, sentence by sentence, then the role relabeller's on
// the events kept.
func TestLearnHook(t *testing.T) {
	on := newPipeline(t)
	off, err := pipeline.New(pipeline.Config{NoLearn: true})
	if err != nil {
		t.Fatal(err)
	}
	m, err := learn.Default()
	if err != nil {
		t.Fatal(err)
	}
	roles, err := learn.DefaultRoles()
	if err != nil {
		t.Fatal(err)
	}
	date := time.Date(2005, 6, 1, 0, 0, 0, 0, time.UTC)
	changed := 0
	for i, text := range newsDocs(t) {
		a, err := off.Process(context.Background(), &dyad.Document{ID: "d", Text: text, Date: date})
		if err != nil {
			t.Fatal(err)
		}
		b, err := on.Process(context.Background(), &dyad.Document{ID: "d", Text: text, Date: date})
		if err != nil {
			t.Fatal(err)
		}
		var want []dyad.Event
		for _, s := range a.Doc.Sentences {
			var evs []dyad.Event
			for _, e := range a.Events {
				if e.Sentence == s.Index {
					evs = append(evs, e)
				}
			}
			kept := m.Apply(&learn.Sentence{Text: s.Text, Start: s.Span.Start, Events: evs})
			roles.ApplyRoles(&learn.Sentence{Text: s.Text, Start: s.Span.Start, Events: kept})
			want = append(want, kept...)
		}
		triples := func(evs []dyad.Event) []string {
			var out []string
			for _, e := range evs {
				out = append(out, e.ID+" "+e.Source.Code+">"+e.Target.Code+" "+string(e.Code)+" "+e.Name+" "+e.Pattern)
			}
			return out
		}
		if got, w := triples(b.Events), triples(want); !slices.Equal(got, w) {
			t.Errorf("line %d: with the model %v, want %v", i+1, got, w)
		}
		if !slices.Equal(triples(a.Events), triples(b.Events)) {
			changed++
		}
	}
	// Without a line the model changes, a pipeline that never called it
	// would pass the comparison above.
	if changed == 0 {
		t.Errorf("the model changed no corpus line: the hook is not tested")
	}
	t.Logf("%d corpus lines changed by the model", changed)
}

// BenchmarkProcessLearn codes the news corpus on one goroutine without and
// with the learned component, to show what the hook costs.
func BenchmarkProcessLearn(b *testing.B) {
	docs := newsDocs(b)
	date := time.Date(2005, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, learned := range []bool{false, true} {
		name := "off"
		if learned {
			name = "on"
		}
		b.Run(name, func(b *testing.B) {
			p, err := pipeline.New(pipeline.Config{NoLearn: !learned})
			if err != nil {
				b.Fatal(err)
			}
			sentences := 0
			b.ReportAllocs()
			for b.Loop() {
				for _, text := range docs {
					r, err := p.Process(context.Background(), &dyad.Document{ID: "d", Text: text, Date: date})
					if err != nil {
						b.Fatal(err)
					}
					sentences += len(r.Doc.Sentences)
				}
			}
			b.ReportMetric(float64(sentences)/b.Elapsed().Seconds(), "sentences/s")
		})
	}
}
