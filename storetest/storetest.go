// Package storetest is the conformance suite every dyad.EventStore must pass, with a corpus generator and an in-memory reference model.
package storetest

import (
	"context"
	"math"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
)

// Opener returns a new, empty store; the suite closes it.
type Opener func(t *testing.T) dyad.EventStore

// Run runs the conformance suite against the stores open makes.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		fn   func(*testing.T, Opener)
	}{
		{"Idempotent", testIdempotent},
		{"Dedup", testDedup},
		{"AlsoMentions", testAlsoMentions},
		{"OrderIndependent", testOrderIndependent},
		{"Filters", testFilters},
		{"Paging", testPaging},
		{"Trend", testTrend},
		{"TopDyads", testTopDyads},
		{"Actors", testActors},
		{"EventAndDocument", testEventAndDocument},
		{"Rejects", testRejects},
		{"Runs", testRuns},
		{"Stories", testStories},
		{"Counts", testCounts},
		{"ConcurrentCounts", testConcurrentCounts},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, open) })
	}
}

// corpus is the suite's generated corpus: 240 documents in story clusters.
func corpus() []*dyad.Result {
	var rs []*dyad.Result
	for r := range (Gen{Seed: 7, Docs: 240, Days: 400}).Results() {
		rs = append(rs, r)
	}
	return rs
}

// Load stores rs in batches of n in a new run and returns the run id.
func Load(t testing.TB, s dyad.EventStore, rs []*dyad.Result, n int) int64 {
	t.Helper()
	ctx := context.Background()
	run, err := s.BeginRun(ctx, dyad.Run{Inputs: []string{"gen.jsonl"}, DictVersion: "test-1"})
	if err != nil {
		t.Fatalf("BeginRun: %v", err)
	}
	for i := 0; i < len(rs); i += n {
		if _, err := s.PutResults(ctx, run, rs[i:min(i+n, len(rs))]); err != nil {
			t.Fatalf("PutResults: %v", err)
		}
	}
	return run
}

func openLoaded(t *testing.T, open Opener) (dyad.EventStore, *Model) {
	s := open(t)
	t.Cleanup(func() { s.Close() })
	rs := corpus()
	Load(t, s, rs, 50)
	return s, NewModel(rs)
}

// all pages through every event matching f.
func all(t *testing.T, s dyad.EventStore, f dyad.EventFilter) []dyad.StoredEvent {
	t.Helper()
	var out []dyad.StoredEvent
	for {
		page, next, err := s.Events(context.Background(), f)
		if err != nil {
			t.Fatalf("Events(%+v): %v", f, err)
		}
		out = append(out, page...)
		if next == "" {
			return out
		}
		if len(page) == 0 {
			t.Fatalf("Events(%+v): empty page with a next cursor", f)
		}
		f.Cursor = next
	}
}

func keys(evs []dyad.StoredEvent) []string {
	out := make([]string, len(evs))
	for i := range evs {
		out[i] = KeyOf(&evs[i])
	}
	sort.Strings(out)
	return out
}

func testIdempotent(t *testing.T, open Opener) {
	ctx := context.Background()
	s, m := openLoaded(t, open)
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := dyad.StoreStats{Documents: len(m.Docs), Sentences: m.Sentences, Events: len(m.Events), Mentions: m.Mentions, Runs: 1}
	got := dyad.StoreStats{Documents: st.Documents, Sentences: st.Sentences, Events: st.Events, Mentions: st.Mentions, Runs: st.Runs}
	if got != want {
		t.Fatalf("after one load: %+v, want %+v", got, want)
	}
	if len(m.Events) >= m.Mentions {
		t.Fatalf("corpus has no duplicate mentions (%d events, %d mentions): the test proves nothing", len(m.Events), m.Mentions)
	}
	// Again, in other batches: nothing is added.
	run, _ := s.BeginRun(ctx, dyad.Run{})
	rs := corpus()
	n, err := s.PutResults(ctx, run, rs)
	if err != nil || n != 0 {
		t.Fatalf("re-put: stored %d, %v; want 0", n, err)
	}
	st2, _ := s.Stats(ctx)
	st2.Runs = st.Runs
	if st2 != st {
		t.Fatalf("re-put changed the store: %+v, was %+v", st2, st)
	}
	if ok, err := s.HasDocument(ctx, rs[3].Doc.ID); !ok || err != nil {
		t.Errorf("HasDocument(stored) = %v, %v", ok, err)
	}
	if ok, err := s.HasDocument(ctx, "no-such-doc"); ok || err != nil {
		t.Errorf("HasDocument(absent) = %v, %v", ok, err)
	}
}

// story builds a document of a story cluster holding the given events.
func story(id, cluster, source string, evs ...dyad.Event) *dyad.Result {
	d := &dyad.Document{ID: id, Cluster: cluster, Source: source, Date: time.Date(2020, 1, 6, 0, 0, 0, 0, time.UTC)}
	r := &dyad.Result{Doc: d}
	for i, ev := range evs {
		text := ev.Text
		st := dyad.Sentence{Doc: id, Index: i, ID: id + "#" + string(rune('1'+i)), Text: text, Span: dyad.Span{Start: len(d.Text), End: len(d.Text) + len(text)}}
		d.Text += text + " "
		d.Sentences = append(d.Sentences, st)
		ev.Doc, ev.Sentence, ev.SentenceID, ev.ID = id, i, st.ID, st.ID+"/1"
		r.Events = append(r.Events, ev)
	}
	return r
}

func visit(text string) dyad.Event {
	return dyad.Event{Source: dyad.Actor{Code: "CHNMIL"}, Target: dyad.Actor{Code: "IRN"}, Code: "042", Root: "04", Quad: 1,
		Goldstein: 1.9, Date: time.Date(2020, 1, 5, 0, 0, 0, 0, time.UTC), Text: text}
}

// dedupCorpus: one story (cluster s1) told by three documents from two
// publishers, one of which reports the visit twice; a fourth document of
// another cluster reports the same visit.
func dedupCorpus() []*dyad.Result {
	return []*dyad.Result{
		story("a", "s1", "Reuters", visit("Chinese generals visited Tehran on Sunday."), visit("The delegation arrived in Tehran.")),
		story("b", "s1", "AP", visit("A Chinese military delegation visited Iran.")),
		story("c", "s1", "Reuters", visit("China's army chiefs went to Iran.")),
		story("d", "s2", "AFP", visit("Chinese officers toured Iran.")),
	}
}

func testDedup(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	defer s.Close()
	Load(t, s, dedupCorpus(), 10)
	evs := all(t, s, dyad.EventFilter{Source: "CHN", Target: "IRN"})
	if len(evs) != 2 {
		t.Fatalf("got %d events, want 2 (one per story cluster): %v", len(evs), keys(evs))
	}
	byCluster := map[string]dyad.StoredEvent{}
	for _, e := range evs {
		byCluster[e.Cluster] = e
	}
	type counts struct{ mentions, articles, sources int }
	for cl, want := range map[string]counts{"s1": {4, 3, 2}, "s2": {1, 1, 1}} {
		e := byCluster[cl]
		if got := (counts{e.NumMentions, e.NumArticles, e.NumSources}); got != want {
			t.Errorf("cluster %s: mentions/articles/sources = %v, want %v", cl, got, want)
		}
	}
	full, err := s.Event(ctx, byCluster["s1"].ID)
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, m := range full.Mentions {
		texts = append(texts, m.Doc+": "+m.Text)
	}
	want := []string{"a: Chinese generals visited Tehran on Sunday.", "a: The delegation arrived in Tehran.",
		"b: A Chinese military delegation visited Iran.", "c: China's army chiefs went to Iran."}
	if !slices.Equal(texts, want) {
		t.Errorf("mentions:\n%q\nwant\n%q", texts, want)
	}
	if full.Mention.Doc != "a" || full.Mention.ID != "a#1/1" {
		t.Errorf("representative mention %s %s, want a a#1/1", full.Mention.Doc, full.Mention.ID)
	}
}

// testAlsoMentions: a side's also-mentions (dyad.Actor.Also, the other
// people one event of a triple stands for) come back with the mention,
// span, entry and term, and count in the actors table under their own
// words; a side without them comes back without them.
func testAlsoMentions(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	defer s.Close()
	const text = "The delegates met President Raisi and Defence Minister Ashtiani."
	ev := dyad.Event{Source: dyad.Actor{Code: "CHNMIL", Text: "The delegates", Span: dyad.Span{Start: 0, End: 13}},
		Target: dyad.Actor{Code: "IRNGOV", Text: "President Raisi", Span: dyad.Span{Start: 18, End: 33}, Entry: "EBRAHIM_RAISI",
			Also: []dyad.Actor{{Code: "IRNGOV", Text: "Defence Minister Ashtiani", Span: dyad.Span{Start: 38, End: 63},
				Entry: "MOHAMMAD_REZA_ASHTIANI", Dict: "officeholders", Since: "2021-08-25", Until: "2024-08-21"}}},
		Code: "040", Root: "04", Quad: 1, Goldstein: 1, Date: time.Date(2022, 5, 2, 0, 0, 0, 0, time.UTC), Text: text}
	r := story("also", "s9", "IRNA", ev)
	Load(t, s, []*dyad.Result{r}, 1)
	evs := all(t, s, dyad.EventFilter{Source: "CHN", Target: "IRN"})
	if len(evs) != 1 {
		t.Fatalf("got %d events, want 1", len(evs))
	}
	full, err := s.Event(ctx, evs[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(full.Mentions) != 1 {
		t.Fatalf("%d mentions, want 1", len(full.Mentions))
	}
	m := full.Mentions[0]
	if !reflect.DeepEqual(m.Target, ev.Target) || m.Source.Also != nil {
		t.Errorf("target %+v\nwant %+v (and no also on the source: %+v)", m.Target, ev.Target, m.Source.Also)
	}
	d, err := s.Document(ctx, "also")
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Mentions) != 1 || !reflect.DeepEqual(d.Mentions[0].Target.Also, ev.Target.Also) {
		t.Errorf("Document mentions %+v, want the target's also-mention", d.Mentions)
	}
	got, err := s.Actors(ctx, "ashtiani", 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Code != "IRNGOV" || got[0].Name != "Defence Minister Ashtiani" || got[0].AsTarget != 1 || got[0].AsSource != 0 {
		t.Errorf("Actors(ashtiani): %+v, want IRNGOV named by Ashtiani's words, as target once", got)
	}
}

// testOrderIndependent stores the same documents in opposite orders: the
// stores must answer the same, as a resumed run must equal an uninterrupted one.
func testOrderIndependent(t *testing.T, open Opener) {
	rs := corpus()
	rev := slices.Clone(rs)
	slices.Reverse(rev)
	s1, s2 := open(t), open(t)
	defer s1.Close()
	defer s2.Close()
	Load(t, s1, rs, 64)
	Load(t, s2, rev, 17)
	a, b := all(t, s1, dyad.EventFilter{}), all(t, s2, dyad.EventFilter{})
	if len(a) != len(b) {
		t.Fatalf("%d events vs %d", len(a), len(b))
	}
	for i := range a {
		x, y := a[i], b[i]
		if x.ID != y.ID || KeyOf(&x) != KeyOf(&y) || x.NumMentions != y.NumMentions || x.Mention.ID != y.Mention.ID ||
			x.Mention.Text != y.Mention.Text || !x.Added.Equal(y.Added) || !slices.Equal(x.Topics, y.Topics) {
			t.Fatalf("event %d differs:\n%+v\n%+v", i, x, y)
		}
	}
}

func date(s string) time.Time {
	t, err := dyad.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return t
}

func testFilters(t *testing.T, open Opener) {
	s, m := openLoaded(t, open)
	// A four-digit code and two words of one sentence taken from the corpus.
	var code dyad.Code
	var sentence string
	for _, k := range m.Keys(dyad.EventFilter{Actor: "CHN"}) {
		e := m.Events[k]
		if len(e.Code) == 4 && code == "" {
			code = e.Code
		}
		if len(e.Sentences) > 1 && sentence == "" {
			for _, txt := range e.Sentences {
				sentence = txt
				break
			}
		}
	}
	words := strings.Fields(sentence)
	filters := []dyad.EventFilter{
		{},
		{Source: "CHN"},
		{Source: "chn"},
		{Source: "CHNMIL"},
		{Target: "IRN"},
		{Source: "USA", Target: "IRN"},
		{Actor: "RUS"},
		{Actor: "ISRGOV"},
		{Code: "04"},
		{Code: string(code)},
		{Code: string(code[:3])},
		{Root: "19"},
		{Quad: 4},
		{Quad: 1, Actor: "CHN"},
		{Since: date("2015-06-01")},
		{Until: date("2015-03-31")},
		{Since: date("2015-03-01"), Until: date("2015-04-30"), Target: "USA"},
		{Text: "Tehran"},
		{Text: "tehran oil"},
		{Text: words[0] + "'s " + strings.ToUpper(words[len(words)-1]) + "!"},
		{Topic: "ARMS"},
		{Topic: "arms/drone"},
		{Topic: "MILCOOP/"},
		{Topic: "DRONE", Actor: "USA"},
	}
	for _, f := range filters {
		got := all(t, s, f)
		want := m.Keys(f)
		if len(want) == 0 && (f != dyad.EventFilter{}) {
			t.Errorf("filter %+v selects nothing in the corpus: the case proves little", f)
		}
		if g := keys(got); !slices.Equal(g, want) {
			t.Errorf("filter %+v: %d events, want %d", f, len(g), len(want))
			continue
		}
		for i := 1; i < len(got); i++ {
			a, b := got[i-1], got[i]
			if a.Date.Before(b.Date) || a.Date.Equal(b.Date) && a.ID <= b.ID {
				t.Errorf("filter %+v: events %d and %d out of order (%s %d, %s %d)", f, i-1, i, day(a.Date), a.ID, day(b.Date), b.ID)
				break
			}
		}
	}
	for _, f := range []dyad.EventFilter{{Quad: 7}, {Cursor: "garbage"}, {Text: "!!"}} {
		if _, _, err := s.Events(context.Background(), f); dyad.ErrorKind(err) != dyad.EINVALID {
			t.Errorf("filter %+v: error %v, want kind invalid", f, err)
		}
	}
}

func testPaging(t *testing.T, open Opener) {
	s, m := openLoaded(t, open)
	ctx := context.Background()
	page, next, err := s.Events(ctx, dyad.EventFilter{Limit: 7, Actor: "USA"})
	if err != nil || len(page) != 7 || next == "" {
		t.Fatalf("first page: %d events, next %q, %v", len(page), next, err)
	}
	got := all(t, s, dyad.EventFilter{Limit: 7, Actor: "USA"})
	seen := map[int64]bool{}
	for _, e := range got {
		if seen[e.ID] {
			t.Fatalf("event %d on two pages", e.ID)
		}
		seen[e.ID] = true
	}
	if g, w := keys(got), m.Keys(dyad.EventFilter{Actor: "USA"}); !slices.Equal(g, w) {
		t.Fatalf("pages hold %d events, want %d", len(g), len(w))
	}
	// The default page size.
	page, _, _ = s.Events(ctx, dyad.EventFilter{})
	if want := min(dyad.DefaultLimit, len(m.Events)); len(page) != want {
		t.Errorf("default page: %d events, want %d", len(page), want)
	}
}

func testTrend(t *testing.T, open Opener) {
	s, m := openLoaded(t, open)
	cases := []dyad.TrendQuery{
		{Filter: dyad.EventFilter{Actor: "CHN"}, Interval: dyad.IntervalMonth},
		{Filter: dyad.EventFilter{Source: "USA", Target: "IRN"}, Interval: dyad.IntervalYear},
		{Filter: dyad.EventFilter{Target: "IRN"}, Interval: dyad.IntervalWeek, Split: dyad.SplitQuad},
		{Filter: dyad.EventFilter{Actor: "RUS"}, Interval: dyad.IntervalDay, Split: dyad.SplitRoot},
		{Interval: "", Split: dyad.SplitRoot},
		{Filter: dyad.EventFilter{Actor: "CHN"}, Interval: dyad.IntervalYear, Split: dyad.SplitTopic},
		{Filter: dyad.EventFilter{Topic: "arms"}, Interval: dyad.IntervalYear, Split: dyad.SplitTopic},
	}
	for _, q := range cases {
		got, err := s.Trend(context.Background(), q)
		if err != nil {
			t.Fatalf("Trend(%+v): %v", q, err)
		}
		type agg struct {
			events, mentions int
			gold             float64
		}
		want := map[[2]string]*agg{}
		for _, e := range m.Events {
			if !e.Match(q.Filter) || e.Date == "" {
				continue
			}
			keys := []string{""}
			switch q.Split {
			case dyad.SplitRoot:
				keys[0] = e.Root
			case dyad.SplitQuad:
				keys[0] = string(rune('0' + e.Quad))
			case dyad.SplitTopic: // once under each topic asked for
				keys = keys[:0]
				for t := range e.Topics {
					if q.Filter.Topic == "" || TopicMatch(t, q.Filter.Topic) {
						keys = append(keys, t)
					}
				}
			}
			for _, key := range keys {
				k := [2]string{period(e.Date, q.Interval), key}
				a := want[k]
				if a == nil {
					a = &agg{}
					want[k] = a
				}
				a.events++
				a.mentions += e.Mentions
				a.gold += e.Goldstein
			}
		}
		if len(got) != len(want) {
			t.Errorf("Trend(%+v): %d points, want %d", q, len(got), len(want))
			continue
		}
		for i, p := range got {
			k := [2]string{day(p.Period), p.Key}
			a := want[k]
			if a == nil {
				t.Errorf("Trend(%+v): unexpected point %v", q, k)
				continue
			}
			if p.Events != a.events || p.Mentions != a.mentions || math.Abs(p.Goldstein-a.gold/float64(a.events)) > 1e-9 {
				t.Errorf("Trend(%+v) %v: %d events %d mentions mean %.3f; want %d %d %.3f", q, k, p.Events, p.Mentions, p.Goldstein, a.events, a.mentions, a.gold/float64(a.events))
			}
			if i > 0 {
				pk := [2]string{day(got[i-1].Period), got[i-1].Key}
				if pk[0] > k[0] || pk[0] == k[0] && pk[1] >= k[1] {
					t.Errorf("Trend(%+v): points out of order: %v then %v", q, pk, k)
				}
			}
		}
	}
	if _, err := s.Trend(context.Background(), dyad.TrendQuery{Interval: "hour"}); dyad.ErrorKind(err) != dyad.EINVALID {
		t.Errorf("interval hour: %v, want invalid", err)
	}
}

func testTopDyads(t *testing.T, open Opener) {
	s, m := openLoaded(t, open)
	since, until := date("2015-02-01"), date("2015-12-31")
	got, err := s.TopDyads(context.Background(), since, until, 5)
	if err != nil || len(got) != 5 {
		t.Fatalf("TopDyads: %d, %v", len(got), err)
	}
	count := map[[2]string]int{}
	for _, e := range m.Events {
		if e.Match(dyad.EventFilter{Since: since, Until: until}) {
			count[[2]string{e.Source, e.Target}]++
		}
	}
	var all []int
	for _, c := range count {
		all = append(all, c)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(all)))
	for i, d := range got {
		if c := count[[2]string{d.Source, d.Target}]; d.Events != c || c != all[i] {
			t.Errorf("top %d: %s→%s %d events; model says %d, rank %d has %d", i, d.Source, d.Target, d.Events, c, i, all[i])
		}
	}
}

func testActors(t *testing.T, open Opener) {
	s, m := openLoaded(t, open)
	got, err := s.Actors(context.Background(), "chn", 50)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][2]int{}
	for _, r := range m.Docs {
		for _, ev := range r.Events {
			if len(ev.Source.Code) >= 3 && ev.Source.Code[:3] == "CHN" {
				c := want[ev.Source.Code]
				c[0]++
				want[ev.Source.Code] = c
			}
			if len(ev.Target.Code) >= 3 && ev.Target.Code[:3] == "CHN" {
				c := want[ev.Target.Code]
				c[1]++
				want[ev.Target.Code] = c
			}
		}
	}
	if len(got) != len(want) {
		t.Fatalf("Actors(chn): %d codes, want %d", len(got), len(want))
	}
	for i, a := range got {
		if w := want[a.Code]; a.AsSource != w[0] || a.AsTarget != w[1] {
			t.Errorf("%s: %d/%d, want %d/%d", a.Code, a.AsSource, a.AsTarget, w[0], w[1])
		}
		if i > 0 && got[i-1].AsSource+got[i-1].AsTarget < a.AsSource+a.AsTarget {
			t.Errorf("actors out of order at %d", i)
		}
		if a.Name == "" || a.Name[:7] != "Beijing" {
			t.Errorf("%s named %q, want Beijing…", a.Code, a.Name)
		}
	}
	byName, err := s.Actors(context.Background(), "tehran", 50)
	if err != nil || len(byName) == 0 {
		t.Fatalf("Actors(tehran): %v %v", byName, err)
	}
	for _, a := range byName {
		if a.Code[:3] != "IRN" {
			t.Errorf("Actors(tehran) found %s", a.Code)
		}
	}
}

func testEventAndDocument(t *testing.T, open Opener) {
	ctx := context.Background()
	s, m := openLoaded(t, open)
	evs := all(t, s, dyad.EventFilter{Actor: "IRN"})
	checked := 0
	for _, e := range evs {
		me := m.Events[KeyOf(&e)]
		if e.NumMentions != me.Mentions || e.NumArticles != len(me.Articles) || e.NumSources != len(me.Sources) {
			t.Errorf("event %s: counts %d/%d/%d, want %d/%d/%d", KeyOf(&e), e.NumMentions, e.NumArticles, e.NumSources, me.Mentions, len(me.Articles), len(me.Sources))
		}
		if e.Mention.Doc != me.RepDoc || e.Mention.ID != me.RepMid || e.Mention.Text != me.Sentences[me.RepMid] {
			t.Errorf("event %s: representative %s %s %q", KeyOf(&e), e.Mention.Doc, e.Mention.ID, e.Mention.Text)
		}
		if e.NumMentions < 2 || checked > 20 {
			continue
		}
		checked++
		full, err := s.Event(ctx, e.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(full.Mentions) != me.Mentions {
			t.Fatalf("Event(%d): %d mentions, want %d", e.ID, len(full.Mentions), me.Mentions)
		}
		for _, mn := range full.Mentions {
			doc := m.Docs[mn.Doc].Doc
			if mn.Text != me.Sentences[mn.ID] || doc.Text[mn.SentenceSpan.Start:mn.SentenceSpan.End] != mn.Text {
				t.Errorf("mention %s: sentence %q at %v, want %q", mn.ID, mn.Text, mn.SentenceSpan, me.Sentences[mn.ID])
			}
			if mn.DocSource != doc.Source || mn.DocURL != doc.URL || mn.DictVersion != "test-1" || mn.Pattern == "" || mn.EventID != e.ID {
				t.Errorf("mention %s: provenance %q %q %q %q", mn.ID, mn.DocSource, mn.DocURL, mn.DictVersion, mn.Pattern)
			}
		}
	}
	if checked == 0 {
		t.Fatal("no event with several mentions to check")
	}
	if _, err := s.Event(ctx, 12345); dyad.ErrorKind(err) != dyad.ENOTFOUND {
		t.Errorf("Event(absent): %v, want notfound", err)
	}
	r := corpus()[5]
	d, err := s.Document(ctx, r.Doc.ID)
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != r.Doc.Text || len(d.Sentences) != len(r.Doc.Sentences) || len(d.Mentions) != len(r.Events) || d.Source != r.Doc.Source || !d.Date.Equal(r.Doc.Date) {
		t.Errorf("Document(%s): text %t, %d sentences, %d mentions; want %d, %d", r.Doc.ID, d.Text == r.Doc.Text, len(d.Sentences), len(d.Mentions), len(r.Doc.Sentences), len(r.Events))
	}
	for i, mn := range d.Mentions {
		if ev := r.Events[i]; mn.ID != ev.ID || !reflect.DeepEqual(mn.Source, ev.Source) || mn.Verb != ev.Verb || mn.Text != ev.Text {
			t.Errorf("Document mention %d: %+v, want %+v", i, mn.Event, ev)
		}
	}
	if _, err := s.Document(ctx, "absent"); dyad.ErrorKind(err) != dyad.ENOTFOUND {
		t.Errorf("Document(absent): %v, want notfound", err)
	}
}

func testRejects(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	defer s.Close()
	run, _ := s.BeginRun(ctx, dyad.Run{Inputs: []string{"x.jsonl"}})
	bad := dyad.Reject{Input: "x.jsonl", Offset: 120, Line: 3, Reason: "invalid JSON", Kind: "rejected"}
	for i := range 2 {
		mine, err := s.PutReject(ctx, run, bad)
		if err != nil {
			t.Fatal(err)
		}
		if !mine {
			t.Errorf("PutReject #%d by the run that recorded it: mine = false", i+1)
		}
	}
	other, _ := s.BeginRun(ctx, dyad.Run{Inputs: []string{"x.jsonl"}})
	if mine, err := s.PutReject(ctx, other, bad); err != nil || mine {
		t.Errorf("PutReject by a second run of a reject the first recorded: mine = %v, %v; want false", mine, err)
	}
	fr := &dyad.Result{Doc: &dyad.Document{ID: "fr1", Text: "Le président a rencontré…", Input: "x.jsonl", InputOffset: 200},
		Reject: &dyad.Reject{Input: "x.jsonl", Offset: 200, Reason: "not English", Kind: "skipped", Detail: "fr"}}
	for range 2 {
		if _, err := s.PutResults(ctx, run, []*dyad.Result{fr}); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.Rejects(ctx, run, 10)
	if err != nil || len(got) != 2 {
		t.Fatalf("Rejects: %v, %v; want 2", got, err)
	}
	if got[0] != bad || got[1].DocID != "fr1" || got[1].Detail != "fr" {
		t.Errorf("Rejects: %+v", got)
	}
	if ok, _ := s.HasDocument(ctx, "fr1"); !ok {
		t.Error("a rejected document is not remembered: a re-run would process it again")
	}
	d, err := s.Document(ctx, "fr1")
	if err != nil || d.Reject == nil || d.Reject.Reason != "not English" {
		t.Errorf("Document(fr1): %+v, %v", d, err)
	}
	st, _ := s.Stats(ctx)
	if st.Rejected != 1 || st.Rejects != 2 || st.Documents != 0 {
		t.Errorf("Stats: %+v", st)
	}
	if other, _ := s.Rejects(ctx, run+1, 10); len(other) != 0 {
		t.Errorf("Rejects of another run: %v", other)
	}
}

func testRuns(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	defer s.Close()
	id, err := s.BeginRun(ctx, dyad.Run{Inputs: []string{"a", "b"}})
	if err != nil {
		t.Fatal(err)
	}
	id2, _ := s.BeginRun(ctx, dyad.Run{})
	if id2 == id {
		t.Fatalf("two runs got id %d", id)
	}
	if err := s.FinishRun(ctx, id, dyad.RunSummary{Read: 3}); err != nil {
		t.Fatal(err)
	}
	if err := s.FinishRun(ctx, id2+100, dyad.RunSummary{}); dyad.ErrorKind(err) != dyad.ENOTFOUND {
		t.Errorf("FinishRun(absent): %v, want notfound", err)
	}
	if st, _ := s.Stats(ctx); st.Runs != 2 {
		t.Errorf("Stats.Runs = %d, want 2", st.Runs)
	}
}
