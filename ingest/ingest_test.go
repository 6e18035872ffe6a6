package ingest_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dedup"
	"github.com/dyadproject/dyad/ingest"
	"github.com/dyadproject/dyad/pipeline"
	"github.com/dyadproject/dyad/source"
	"github.com/dyadproject/dyad/sqlite"
	"github.com/dyadproject/dyad/storetest"
)

var (
	procOnce sync.Once
	proc     *pipeline.Pipeline
	procErr  error
)

func newPipeline(t testing.TB) *pipeline.Pipeline {
	procOnce.Do(func() { proc, procErr = pipeline.New(pipeline.Config{}) })
	if procErr != nil {
		t.Fatal(procErr)
	}
	return proc
}

// corpus writes a folder of inputs made of the codebook's example sentences:
// text files of four sentences each, a JSON-lines file whose stories repeat
// some text files under another publisher (copies for story clusters), a
// bad JSON line and a French story.
func corpus(t testing.TB) (dir string, docs int) {
	b, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	dir = t.TempDir()
	var jl strings.Builder
	for i := 0; i+4 <= len(lines); i += 4 {
		story := strings.Join(lines[i:i+4], " ")
		name := filepath.Join(dir, fmt.Sprintf("story%03d.txt", i/4))
		if err := os.WriteFile(name, []byte(story+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		docs++
		if i%12 == 0 {
			rec, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("wire-%d", i), "source": "Wire", "date": "2020-05-04",
				"text": "(Wire) " + story + " Reporting by the wire desk."})
			jl.Write(rec)
			jl.WriteByte('\n')
			docs++
		}
	}
	jl.WriteString("{\"id\": broken\n")
	rec, _ := json.Marshal(map[string]string{"id": "fr-1", "text": "Le président de la République a rencontré hier à Paris le chancelier allemand pour discuter de la crise économique en Europe et des sanctions contre la Russie."})
	jl.Write(rec)
	jl.WriteByte('\n')
	if err := os.WriteFile(filepath.Join(dir, "wire.jsonl"), []byte(jl.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, docs + 1
}

func walk(dir string) ingest.Source {
	return func(ctx context.Context, emit func(*dyad.Document) error, reject func(dyad.Reject)) error {
		return source.Walk(ctx, []string{dir}, source.Options{Date: time.Date(2020, 5, 4, 0, 0, 0, 0, time.UTC), Source: "Desk"}, emit, reject)
	}
}

func openStore(t testing.TB) *sqlite.DB {
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "dyad.db"), sqlite.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func config(t testing.TB, db dyad.EventStore, p dyad.Processor) ingest.Config {
	return ingest.Config{Store: db, Proc: p, Stories: dedup.New(dedup.Options{}), Workers: 3, Batch: 5}
}

func TestRunTwice(t *testing.T) {
	dir, wantRead := corpus(t)
	db := openStore(t)
	ctx := context.Background()
	var calls []ingest.Progress
	cfg := config(t, db, newPipeline(t))
	cfg.Progress = func(p ingest.Progress) { calls = append(calls, p) }
	sum, err := ingest.Run(ctx, cfg, walk(dir))
	if err != nil {
		t.Fatal(err)
	}
	if sum.Read != wantRead || sum.Coded+sum.Rejected-1 != sum.Read || sum.Skipped != 0 {
		t.Errorf("first run: %+v; want %d read, all coded or rejected, one bad line", sum.RunSummary, wantRead)
	}
	if sum.Events == 0 || sum.Sentences < sum.Read {
		t.Errorf("first run coded %d events from %d sentences", sum.Events, sum.Sentences)
	}
	if len(calls) < 2 || !calls[len(calls)-1].Final || calls[len(calls)-1].Done != sum.Coded+sum.Rejected+sum.Skipped-1 {
		t.Errorf("progress calls: %d, last %+v", len(calls), calls[len(calls)-1])
	}
	st, _ := db.Stats(ctx)
	if st.Documents+st.Rejected != sum.Read || st.Rejects != 2 || st.Mentions != sum.Events {
		t.Errorf("store after first run: %+v (summary %+v)", st, sum.RunSummary)
	}
	// The copies on the wire joined the stories of the text files.
	evs, _, err := db.Events(ctx, dyad.EventFilter{Limit: dyad.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	shared := 0
	for _, e := range evs {
		if e.NumArticles > 1 && e.NumSources > 1 {
			shared++
		}
	}
	if shared == 0 {
		t.Error("no event is reported by a text story and its wire copy")
	}
	before := storetest.Dump(t, db)

	sum2, err := ingest.Run(ctx, config(t, db, newPipeline(t)), walk(dir))
	if err != nil {
		t.Fatal(err)
	}
	if sum2.Skipped != sum.Read || sum2.Coded != 0 || sum2.Events != 0 || sum2.Rejected != 1 {
		t.Errorf("second run: %+v; want everything skipped but the bad line", sum2.RunSummary)
	}
	if after := storetest.Dump(t, db); after != before {
		t.Errorf("the second run changed the store:\n%s", diff(before, after))
	}
}

// cancelAfter wraps the real pipeline and cancels the run after n documents,
// as an interrupt would.
type cancelAfter struct {
	dyad.Processor
	mu     sync.Mutex
	n      int
	cancel context.CancelFunc
}

func (c *cancelAfter) Process(ctx context.Context, d *dyad.Document) (*dyad.Result, error) {
	c.mu.Lock()
	c.n--
	if c.n == 0 {
		c.cancel()
	}
	c.mu.Unlock()
	return c.Processor.Process(ctx, d)
}

// TestInterruptedRunsResume interrupts runs at several points and runs again
// until done: the store must equal that of one uninterrupted run.
func TestInterruptedRunsResume(t *testing.T) {
	dir, _ := corpus(t)
	want := openStore(t)
	if _, err := ingest.Run(context.Background(), config(t, want, newPipeline(t)), walk(dir)); err != nil {
		t.Fatal(err)
	}
	wantDump := storetest.Dump(t, want)
	got := openStore(t)
	for _, n := range []int{3, 9, 1, 14} {
		ctx, cancel := context.WithCancel(context.Background())
		p := &cancelAfter{Processor: newPipeline(t), n: n, cancel: cancel}
		_, err := ingest.Run(ctx, config(t, got, p), walk(dir))
		cancel()
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("interrupted run: %v, want context.Canceled", err)
		}
	}
	sum, err := ingest.Run(context.Background(), config(t, got, newPipeline(t)), walk(dir))
	if err != nil {
		t.Fatal(err)
	}
	if sum.Skipped == 0 {
		t.Error("the interrupted runs stored nothing: the test proves little")
	}
	if d := storetest.Dump(t, got); d != wantDump {
		t.Errorf("resumed store differs from an uninterrupted one:\n%s", diff(wantDump, d))
	}
}

// failing wraps the real pipeline and fails or panics on chosen documents.
type failing struct {
	dyad.Processor
	panicOn, failOn string
}

func (f failing) Process(ctx context.Context, d *dyad.Document) (*dyad.Result, error) {
	switch {
	case strings.HasSuffix(d.Input, f.panicOn):
		panic("boom")
	case strings.HasSuffix(d.Input, f.failOn):
		return nil, fmt.Errorf("tagger exploded")
	}
	return f.Processor.Process(ctx, d)
}

func TestBadDocumentsAreRejects(t *testing.T) {
	dir, _ := corpus(t)
	db := openStore(t)
	p := failing{Processor: newPipeline(t), panicOn: "story003.txt", failOn: "story007.txt"}
	sum, err := ingest.Run(context.Background(), config(t, db, p), walk(dir))
	if err != nil {
		t.Fatal(err)
	}
	rs, err := db.Rejects(context.Background(), sum.Run, 100)
	if err != nil {
		t.Fatal(err)
	}
	reasons := map[string]string{}
	for _, r := range rs {
		reasons[filepath.Base(r.Input)] = r.Reason + " " + r.Detail
	}
	if !strings.Contains(reasons["story003.txt"], "internal error boom") || !strings.Contains(reasons["story007.txt"], "tagger exploded") {
		t.Errorf("rejects: %v", reasons)
	}
	if sum.Rejected != 4 || sum.Coded != sum.Read-3 {
		t.Errorf("summary %+v: want 4 rejects (panic, failure, bad line, French)", sum.RunSummary)
	}
}

func diff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	in := func(l []string) map[string]bool {
		m := map[string]bool{}
		for _, s := range l {
			m[s] = true
		}
		return m
	}
	am, bm := in(al), in(bl)
	var out []string
	for _, s := range al {
		if !bm[s] {
			out = append(out, "- "+s)
		}
	}
	for _, s := range bl {
		if !am[s] {
			out = append(out, "+ "+s)
		}
	}
	if len(out) > 40 {
		out = append(out[:40], "...")
	}
	return strings.Join(out, "\n")
}

// docs is a Source of the given documents.
func docs(ds ...*dyad.Document) ingest.Source {
	return func(ctx context.Context, emit func(*dyad.Document) error, reject func(dyad.Reject)) error {
		for _, d := range ds {
			if err := emit(d); err != nil {
				return err
			}
		}
		return nil
	}
}

// TestStoriesAcrossRuns: a copy of a story ingested by a later run, a day
// after the original, joins the story stored by the first run, and its
// events dated only by the document take the story's first date, so each
// event counts two articles instead of being counted twice; a copy five
// weeks later is another story (Options.Days), and so is every copy when
// the first run never finished.
func TestStoriesAcrossRuns(t *testing.T) {
	b, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	story := strings.Join(strings.Split(strings.TrimSpace(string(b)), "\n")[:8], " ")
	day := func(d int) time.Time { return time.Date(2020, 5, d, 0, 0, 0, 0, time.UTC) }
	doc := func(id string, date time.Time, text string) *dyad.Document {
		return &dyad.Document{ID: id, Date: date, Source: id, Text: text}
	}
	ctx := context.Background()
	db := openStore(t)
	run := func(ds ...*dyad.Document) ingest.Summary {
		t.Helper()
		cfg := config(t, db, newPipeline(t))
		cfg.Stories = dedup.New(dedup.Options{Days: 3})
		sum, err := ingest.Run(ctx, cfg, docs(ds...))
		if err != nil {
			t.Fatal(err)
		}
		return sum
	}
	cluster := func(id string) string {
		t.Helper()
		d, err := db.Document(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return d.Cluster
	}

	run(doc("first", day(4), story))
	sum := run(doc("copy", day(5), "(Wire) "+story+" Reporting by the wire desk."),
		doc("late", day(4).AddDate(0, 0, 35), story))
	if sum.Restored != 1 {
		t.Errorf("second run restored %d stories, want 1", sum.Restored)
	}
	if got := cluster("copy"); got != "first" {
		t.Errorf("next-day copy in a later run: cluster %q, want first", got)
	}
	if got := cluster("late"); got != "" {
		t.Errorf("copy five weeks later: cluster %q, want its own (\"\")", got)
	}
	evs, _, err := db.Events(ctx, dyad.EventFilter{Limit: dyad.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	// Events the text dates ("on Monday") are resolved against each copy's
	// own publication day and may fall on other days; those the document
	// dates are the story's.
	joined := 0
	for _, e := range evs {
		if e.Cluster == "first" && e.DatePrecision == dyad.PrecisionDocument {
			joined++
			if e.NumArticles != 2 || !e.Date.Equal(day(4)) {
				t.Errorf("event %s>%s %s of the joined story: %d articles on %s, want 2 on 2020-05-04", e.Source, e.Target, e.Code, e.NumArticles, e.Date.Format(dyad.DateLayout))
			}
		}
	}
	if joined == 0 {
		t.Fatal("the story coded no document-dated events: the test shows nothing")
	}

	// A run that never finished (killed) is not restored: its resume would
	// otherwise see documents out of input order.
	db = openStore(t)
	cfg := config(t, db, newPipeline(t))
	runID, err := db.BeginRun(ctx, dyad.Run{})
	if err != nil {
		t.Fatal(err)
	}
	first := doc("first", day(4), story)
	first.Cluster, first.Signature = "first", cfg.Stories.Sign(story).Bytes()
	if _, err := db.PutResults(ctx, runID, []*dyad.Result{{Doc: first}}); err != nil {
		t.Fatal(err)
	}
	if sum := run(doc("copy", day(5), story)); sum.Restored != 0 || cluster("copy") != "" {
		t.Errorf("after a killed run: restored %d, copy's cluster %q; want 0 and its own (\"\")", sum.Restored, cluster("copy"))
	}
}

// stall is a processor that never finishes the document "stall" until its
// context ends, and codes the others with the real pipeline.
type stall struct{ dyad.Processor }

func (s stall) Process(ctx context.Context, d *dyad.Document) (*dyad.Result, error) {
	if d.ID == "stall" {
		<-ctx.Done()
		return nil, ctx.Err()
	}
	return s.Processor.Process(ctx, d)
}

// TestDocTimeout: a document that holds its worker past Config.DocTimeout
// is stored as a reject with reason "timeout", and the run codes the rest
// and finishes.
func TestDocTimeout(t *testing.T) {
	ctx := context.Background()
	db := openStore(t)
	p := newPipeline(t)
	if _, err := p.Process(ctx, &dyad.Document{ID: "warm", Text: "Iran criticized Israel."}); err != nil {
		t.Fatal(err) // first use loads models: not what the timeout is for
	}
	cfg := config(t, db, stall{p})
	cfg.DocTimeout = 500 * time.Millisecond
	sum, err := ingest.Run(ctx, cfg, docs(
		&dyad.Document{ID: "ok", Text: "Iran criticized Israel on Monday."},
		&dyad.Document{ID: "stall", Text: "This one never ends."},
	))
	if err != nil {
		t.Fatal(err)
	}
	if sum.Coded != 1 || sum.Rejected != 1 || sum.Finished.IsZero() {
		t.Errorf("summary %+v; want 1 coded, 1 rejected, finished", sum.RunSummary)
	}
	d, err := db.Document(ctx, "stall")
	if err != nil {
		t.Fatal(err)
	}
	if d.Reject == nil || d.Reject.Reason != "timeout" || !strings.Contains(d.Reject.Detail, "500ms") {
		t.Errorf("stalled document stored as %+v; want a timeout reject", d.Reject)
	}
}
