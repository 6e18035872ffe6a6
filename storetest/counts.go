package storetest

import (
	"context"
	"fmt"
	"math"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
)

// The stores answer counts (Trend, TopDyads, CountDyads, Stats) from
// summary tables where they can. These cases check them against the model
// where summaries and events meet: date ranges that end inside months, span
// one month or none, or are whole years; filters the summaries carry mixed
// with those they do not; events with one country on both sides and
// undated ones; stories whose mentions arrive in later batches; and
// concurrent writers.

// countCorpus is a corpus for the counting cases: generated stories over
// 14 months whose documents straddle batches, plus documents the generator
// does not make (one country on both sides, undated events, month ends).
func countCorpus() []*dyad.Result {
	var rs []*dyad.Result
	for r := range (Gen{Seed: 13, Docs: 260, Cluster: 4, Days: 420}).Results() {
		rs = append(rs, r)
	}
	ev := func(src, tgt string, code dyad.Code, d string) dyad.Event {
		e := dyad.Event{Source: dyad.Actor{Code: src, Text: "Beijing"}, Target: dyad.Actor{Code: tgt, Text: "Beijing"}, Code: code,
			Text: src + " and " + tgt + " met.", Pattern: "verbs.txt:1: met"}
		switch code[:2] {
		case "04":
			e.Root, e.Quad, e.Goldstein = "04", 1, 1.0
		case "19":
			e.Root, e.Quad, e.Goldstein = "19", 4, -10.0
		}
		if d != "" {
			e.Date = date(d)
		}
		return e
	}
	extra := []struct {
		id, cluster, pub, day string
		evs                   []dyad.Event
	}{
		{"x1", "xs1", "Reuters", "2015-03-31", []dyad.Event{ev("CHNMIL", "CHNGOV", "040", ""), ev("CHN", "IRN", "190", "2015-03-31")}},
		{"x2", "xs1", "AP", "2015-03-31", []dyad.Event{ev("CHNMIL", "CHNGOV", "040", "")}}, // a second mention, a second source
		{"x3", "xs3", "AFP", "", []dyad.Event{ev("IRN", "CHNMIL", "040", ""), ev("USA", "IRN", "190", "")}},
		{"x4", "xs3", "BBC", "", []dyad.Event{ev("IRN", "CHNMIL", "040", "")}},
		{"x5", "xs5", "TASS", "2015-04-01", []dyad.Event{ev("RUS", "RUSGOV", "190", "2015-04-01"), ev("IRNGOV", "IRN", "040", "2016-02-29")}},
	}
	for _, x := range extra {
		d := &dyad.Document{ID: x.id, Cluster: x.cluster, Source: x.pub, Input: "extra.jsonl"}
		if x.day != "" {
			d.Date = date(x.day)
		}
		r := &dyad.Result{Doc: d}
		for i, e := range x.evs {
			st := dyad.Sentence{Doc: d.ID, Index: i, ID: fmt.Sprintf("%s#%d", d.ID, i+1), Text: e.Text,
				Span: dyad.Span{Start: len(d.Text), End: len(d.Text) + len(e.Text)}}
			d.Text += e.Text + " "
			d.Sentences = append(d.Sentences, st)
			e.ID, e.Doc, e.Sentence, e.SentenceID = st.ID+"/1", d.ID, i, st.ID
			r.Events = append(r.Events, e)
		}
		rs = append(rs, r)
	}
	// Interleave the extra documents so that stories straddle batches.
	n := len(extra)
	out := append([]*dyad.Result{}, rs[:len(rs)-n]...)
	for i, r := range rs[len(rs)-n:] {
		at := (i*53 + 11) % len(out)
		out = append(out[:at], append([]*dyad.Result{r}, out[at:]...)...)
	}
	return out
}

// countRanges are date ranges: open, whole months, partial months at either
// end, inside one month, one whole month, whole years, across a year end.
var countRanges = [][2]string{{"", ""}, {"2015-02-01", "2015-06-30"}, {"2015-02-13", "2015-06-17"}, {"2015-03-05", "2015-03-20"},
	{"2015-03-01", "2015-03-31"}, {"2015-03-05", "2015-04-30"}, {"", "2015-05-09"}, {"2015-07-28", ""}, {"2015-03-05", "2015-03-31"},
	{"2015-01-01", "2015-12-31"}, {"2016-01-01", ""}, {"", "2015-12-31"}, {"2015-12-15", "2016-02-29"}, {"2015-04-01", "2015-04-01"}}

// countFilters mix what the summaries carry (actor prefixes of any length,
// one country on one or either side, root, quad) with what they do not
// (code, text, topic).
var countFilters = []dyad.EventFilter{{}, {Actor: "CHN"}, {Source: "irn"}, {Target: "USA", Quad: 2}, {Actor: "RUS", Root: "04"},
	{Actor: "IRNGOV"}, {Source: "USA", Target: "IR"}, {Source: "chn", Target: "IRNGOV"}, {Source: "CHNMIL", Target: "irn", Quad: 1},
	{Target: "RUS", Root: "19"}, {Quad: 4}, {Root: "04"}, {Source: "chn", Quad: 1}, {Actor: "C"}, {Target: "CHNGOV"},
	{Actor: "CHN", Code: "04"}, {Actor: "IRN", Topic: "ARMS"}, {Source: "USA", Text: "Tehran"}}

func testCounts(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	defer s.Close()
	rs := countCorpus()
	Load(t, s, rs, 7)
	Load(t, s, rs[:40], 40) // stored again: nothing changes
	m := NewModel(rs)
	checkStats(t, s, m)
	dc, _ := s.(dyadCounter)
	sz, _ := s.(summarizer)
	points := 0
	for _, r := range countRanges {
		for _, f := range countFilters {
			f.Since, f.Until = dateOrZero(r[0]), dateOrZero(r[1])
			for _, iv := range []string{dyad.IntervalMonth, dyad.IntervalYear, dyad.IntervalWeek} {
				for _, split := range []string{dyad.SplitNone, dyad.SplitRoot, dyad.SplitQuad} {
					q := dyad.TrendQuery{Filter: f, Interval: iv, Split: split}
					points += checkTrend(t, s, m, q)
				}
			}
			if dc != nil {
				got, err := dc.CountDyads(ctx, f, 1000)
				if err != nil {
					t.Fatalf("CountDyads(%+v): %v", f, err)
				}
				checkDyads(t, fmt.Sprintf("CountDyads(%+v)", f), got, m.dyads(f, 1000))
			}
			if sz != nil {
				got, err := sz.Summarize(ctx, f)
				if err != nil {
					t.Fatalf("Summarize(%+v): %v", f, err)
				}
				if want := m.summary(f); got != want {
					t.Errorf("Summarize(%+v) = %+v, want %+v", f, got, want)
				}
			}
		}
		f := dyad.EventFilter{Since: dateOrZero(r[0]), Until: dateOrZero(r[1])}
		got, err := s.TopDyads(ctx, f.Since, f.Until, 7)
		if err != nil {
			t.Fatalf("TopDyads(%s): %v", r, err)
		}
		checkDyads(t, fmt.Sprintf("TopDyads(%s, %s)", r[0], r[1]), got, m.dyads(f, 7))
	}
	if points < 1000 {
		t.Fatalf("only %d trend points in all: the corpus proves little", points)
	}
}

// testConcurrentCounts stores one corpus from four goroutines at once, in
// overlapping batches (every document is offered three times): the counts
// must be those of the corpus stored once.
func testConcurrentCounts(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	defer s.Close()
	rs := countCorpus()
	run, err := s.BeginRun(ctx, dyad.Run{})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := g * 3 % 10; i < len(rs); i += 10 {
				if _, err := s.PutResults(ctx, run, rs[i:min(i+30, len(rs))]); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	m := NewModel(rs)
	checkStats(t, s, m)
	for _, q := range []dyad.TrendQuery{{Interval: dyad.IntervalMonth, Split: dyad.SplitRoot}, {Filter: dyad.EventFilter{Actor: "IRN"}, Interval: dyad.IntervalMonth, Split: dyad.SplitQuad},
		{Filter: dyad.EventFilter{Source: "CHN", Target: "USA"}, Interval: dyad.IntervalYear}, {Filter: dyad.EventFilter{Actor: "RU"}, Interval: dyad.IntervalMonth}} {
		checkTrend(t, s, m, q)
	}
	got, err := s.TopDyads(ctx, time.Time{}, time.Time{}, 1000)
	if err != nil {
		t.Fatal(err)
	}
	checkDyads(t, "TopDyads of all time", got, m.dyads(dyad.EventFilter{}, 1000))
}

func dateOrZero(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	return date(s)
}

// checkStats compares Stats with the model.
func checkStats(t *testing.T, s dyad.EventStore, m *Model) {
	t.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := dyad.StoreStats{Documents: len(m.Docs), Sentences: m.Sentences, Events: len(m.Events), Mentions: m.Mentions}
	got := dyad.StoreStats{Documents: st.Documents, Sentences: st.Sentences, Events: st.Events, Mentions: st.Mentions}
	if got != want {
		t.Errorf("Stats: %+v, want %+v", got, want)
	}
}

// checkTrend compares a trend with the model's and returns its points.
func checkTrend(t *testing.T, s dyad.EventStore, m *Model, q dyad.TrendQuery) int {
	t.Helper()
	got, err := s.Trend(context.Background(), q)
	if err != nil {
		t.Fatalf("Trend(%+v): %v", q, err)
	}
	want := m.trend(q)
	if len(got) != len(want) {
		t.Errorf("Trend(%+v): %d points, want %d", q, len(got), len(want))
		return len(got)
	}
	for i, p := range got {
		w := want[i]
		if !p.Period.Equal(w.Period) || p.Key != w.Key || p.Events != w.Events || p.Mentions != w.Mentions || math.Abs(p.Goldstein-w.Goldstein) > 1e-9 {
			t.Errorf("Trend(%+v) point %d: %s %q %d events %d mentions mean %.4f; want %s %q %d %d %.4f", q, i,
				day(p.Period), p.Key, p.Events, p.Mentions, p.Goldstein, day(w.Period), w.Key, w.Events, w.Mentions, w.Goldstein)
			break
		}
	}
	return len(got)
}

// checkDyads compares ranked dyads with the model's.
func checkDyads(t *testing.T, what string, got, want []dyad.DyadCount) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d dyads, want %d", what, len(got), len(want))
		return
	}
	for i, d := range got {
		w := want[i]
		if d.Source != w.Source || d.Target != w.Target || d.Events != w.Events || d.Mentions != w.Mentions || math.Abs(d.Goldstein-w.Goldstein) > 1e-9 {
			t.Errorf("%s #%d: %s>%s %d events %d mentions mean %.4f; want %s>%s %d %d %.4f", what, i,
				d.Source, d.Target, d.Events, d.Mentions, d.Goldstein, w.Source, w.Target, w.Events, w.Mentions, w.Goldstein)
			return
		}
	}
}

// summary is the model's answer to Summarize(f).
func (m *Model) summary(f dyad.EventFilter) dyad.EventSummary {
	var sum dyad.EventSummary
	var first, last string
	for _, e := range m.Events {
		if !e.Match(f) {
			continue
		}
		sum.Events++
		sum.Mentions += e.Mentions
		if e.Date != "" && (first == "" || e.Date < first) {
			first = e.Date
		}
		last = max(last, e.Date)
	}
	if first != "" {
		sum.First, sum.Last = date(first), date(last)
	}
	return sum
}

// trend is the model's answer to q (day, week, month or year; split none,
// root or quad), in order of period then key. Undated events are left out.
func (m *Model) trend(q dyad.TrendQuery) []dyad.TrendPoint {
	type key struct{ period, k string }
	type agg struct {
		events, mentions int
		gold             float64
	}
	sums := map[key]*agg{}
	for _, e := range m.Events {
		if e.Date == "" || !e.Match(q.Filter) {
			continue
		}
		k := key{period: period(e.Date, q.Interval)}
		switch q.Split {
		case dyad.SplitRoot:
			k.k = e.Root
		case dyad.SplitQuad:
			k.k = fmt.Sprint(e.Quad)
		}
		a := sums[k]
		if a == nil {
			a = &agg{}
			sums[k] = a
		}
		a.events++
		a.mentions += e.Mentions
		a.gold += e.Goldstein
	}
	var out []dyad.TrendPoint
	for k, a := range sums {
		out = append(out, dyad.TrendPoint{Period: date(k.period), Key: k.k, Events: a.events, Mentions: a.mentions, Goldstein: a.gold / float64(a.events)})
	}
	sort.Slice(out, func(i, j int) bool {
		return out[i].Period.Before(out[j].Period) || out[i].Period.Equal(out[j].Period) && out[i].Key < out[j].Key
	})
	return out
}

// dyads is the model's n (source, target) pairs with most events matching
// f, most first, then by source and target.
func (m *Model) dyads(f dyad.EventFilter, n int) []dyad.DyadCount {
	byDyad := map[[2]string]*dyad.DyadCount{}
	for _, e := range m.Events {
		if !e.Match(f) {
			continue
		}
		k := [2]string{e.Source, e.Target}
		d := byDyad[k]
		if d == nil {
			d = &dyad.DyadCount{Source: e.Source, Target: e.Target}
			byDyad[k] = d
		}
		d.Events++
		d.Mentions += e.Mentions
		d.Goldstein += e.Goldstein
	}
	var out []dyad.DyadCount
	for _, d := range byDyad {
		d.Goldstein /= float64(d.Events)
		out = append(out, *d)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Events != b.Events {
			return a.Events > b.Events
		}
		return a.Source < b.Source || a.Source == b.Source && a.Target < b.Target
	})
	return out[:min(n, len(out))]
}
