package pipeline_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/learn"
	"github.com/dyadproject/dyad/pipeline"
)

func newPipeline(t testing.TB) *pipeline.Pipeline {
	t.Helper()
	p, err := pipeline.New(pipeline.Config{})
	if p == nil {
		t.Fatal(err)
	}
	return p
}

func TestProcessCodesVisit(t *testing.T) {
	p := newPipeline(t)
	text := "Iranian President Ebrahim Raisi visited Beijing on Tuesday. " +
		"The two leaders discussed trade."
	doc := &dyad.Document{ID: "d1", Text: text, Date: time.Date(2023, 2, 17, 0, 0, 0, 0, time.UTC)}
	res, err := p.Process(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	if res.Reject != nil {
		t.Fatalf("rejected: %+v", res.Reject)
	}
	if len(doc.Sentences) != 2 {
		t.Fatalf("%d sentences, want 2", len(doc.Sentences))
	}
	var visit *dyad.Event
	for i, e := range res.Events {
		if e.Code == "042" {
			visit = &res.Events[i]
		}
	}
	if visit == nil {
		t.Fatalf("no 042 event in %+v", res.Events)
	}
	e := visit
	if e.Source.Code != "IRNGOV" || !strings.HasPrefix(e.Target.Code, "CHN") {
		t.Errorf("dyad %s → %s, want IRNGOV → CHN…", e.Source.Code, e.Target.Code)
	}
	if e.Source.Entry == "" {
		t.Error("source has no dictionary provenance")
	}
	// Spans point at the document's bytes.
	if got := text[e.Verb.Start:e.Verb.End]; got != "visited" {
		t.Errorf("verb span reads %q", got)
	}
	if got := text[e.Source.Span.Start:e.Source.Span.End]; !strings.Contains(got, "Raisi") {
		t.Errorf("source span reads %q", got)
	}
	if e.ID != "d1#1/1" || e.Doc != "d1" || e.SentenceID != "d1#1" {
		t.Errorf("ids: %q %q %q", e.ID, e.Doc, e.SentenceID)
	}
	if e.Root != "04" || e.Quad != 1 || e.PLOVER != "CONSULT" || e.Goldstein != 1.9 {
		t.Errorf("codebook fields: %+v", e)
	}
	if want := time.Date(2023, 2, 14, 0, 0, 0, 0, time.UTC); !e.Date.Equal(want) || e.DatePrecision != dyad.PrecisionDay {
		t.Errorf("date %s %s, want 2023-02-14 day", e.Date.Format(dyad.DateLayout), e.DatePrecision)
	}
	if e.Location == nil || e.Location.Country != "CHN" || e.Location.Place != "Beijing" {
		t.Errorf("location %+v, want Beijing, CHN", e.Location)
	}
}

func TestProcessSkipsNonEnglish(t *testing.T) {
	p := newPipeline(t)
	doc := &dyad.Document{ID: "fr", Text: "Le président de la République a rencontré hier le premier ministre " +
		"pour discuter de la réforme des retraites et du budget de l'État pour l'année prochaine."}
	res, err := p.Process(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	if res.Reject == nil || len(res.Events) != 0 {
		t.Fatalf("French document was coded: reject %+v, %d events", res.Reject, len(res.Events))
	}
}

func BenchmarkProcess(b *testing.B) {
	p := newPipeline(b)
	text := strings.Repeat("Iranian President Ebrahim Raisi visited Beijing on Tuesday. "+
		"Chinese troops fired on protesters in the capital, the ministry said. ", 10)
	b.ReportAllocs()
	for b.Loop() {
		doc := &dyad.Document{ID: "b", Text: text, Date: time.Date(2023, 2, 17, 0, 0, 0, 0, time.UTC)}
		if _, err := p.Process(context.Background(), doc); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(20*b.N)/b.Elapsed().Seconds(), "sentences/s")
}

func TestDictVersion(t *testing.T) {
	v := pipeline.DictVersion()
	if !strings.HasPrefix(v, "embedded-") || v != pipeline.DictVersion() {
		t.Errorf("DictVersion() = %q, want a stable embedded-<hash> name", v)
	}
}

// TestVersion checks that a pipeline names its dictionaries and whether a
// learned model, and which, runs after the coder.
func TestVersion(t *testing.T) {
	on, err := pipeline.New(pipeline.Config{})
	if err != nil {
		t.Fatal(err)
	}
	off, err := pipeline.New(pipeline.Config{NoLearn: true})
	if err != nil {
		t.Fatal(err)
	}
	custom, err := pipeline.New(pipeline.Config{Dicts: &dict.Set{}, NoLearn: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		p    *pipeline.Pipeline
		want string
	}{
		{on, pipeline.DictVersion() + ", learned " + learn.Version() + " " + learn.RolesVersion()},
		{off, pipeline.DictVersion() + ", no learned model"},
		{custom, "custom dictionaries, no learned model"},
	} {
		if got := c.p.Version(); got != c.want {
			t.Errorf("Version() = %q, want %q", got, c.want)
		}
	}
	if v := learn.Version(); !strings.HasPrefix(v, "model-") || len(v) != len("model-")+12 {
		t.Errorf("learn.Version() = %q, want model-<12 hex digits>", v)
	}
}
