package report_test

import (
	"bytes"
	"context"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/report"
	"github.com/dyadproject/dyad/topic"
)

func TestParseDyad(t *testing.T) {
	cases := []struct {
		in   string
		want report.Dyad
		ok   bool
	}{
		{"CHN-IRN", report.Dyad{"CHN", "IRN"}, true},
		{" chnmil - irn ", report.Dyad{"CHNMIL", "IRN"}, true},
		{"IGOUNO-SYRREB", report.Dyad{"IGOUNO", "SYRREB"}, true},
		{"CHN", report.Dyad{}, false},
		{"CHN-", report.Dyad{}, false},
		{"-IRN", report.Dyad{}, false},
		{"CHN-IRN-SAU", report.Dyad{}, false},
		{"CH N-IRN", report.Dyad{}, false},
		{"CHN→IRN", report.Dyad{}, false},
	}
	for _, c := range cases {
		got, err := report.ParseDyad(c.in)
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("ParseDyad(%q) = %v, %v; want %v (ok %v)", c.in, got, err, c.want, c.ok)
		}
		if err != nil && dyad.ErrorKind(err) != dyad.EINVALID {
			t.Errorf("ParseDyad(%q): error kind %s, want invalid", c.in, dyad.ErrorKind(err))
		}
		if c.ok && got.String() != strings.ToUpper(strings.ReplaceAll(c.in, " ", "")) {
			t.Errorf("ParseDyad(%q).String() = %q", c.in, got.String())
		}
	}
	ds, err := report.ParseDyads("CHN-SAU, chn-are,")
	if err != nil || len(ds) != 2 || ds[1] != (report.Dyad{"CHN", "ARE"}) {
		t.Errorf("ParseDyads: %v, %v", ds, err)
	}
}

func TestPeriods(t *testing.T) {
	d := func(s string) time.Time { v, _ := dyad.ParseDate(s); return v }
	cases := []struct {
		from, to, interval string
		want               []string
	}{
		{"2019-11-20", "2020-02-01", dyad.IntervalMonth, []string{"2019-11-01", "2019-12-01", "2020-01-01", "2020-02-01"}},
		{"2019-06-30", "2021-01-01", dyad.IntervalYear, []string{"2019-01-01", "2020-01-01", "2021-01-01"}},
		// 2024-01-03 is a Wednesday: its week starts on Monday 1 January.
		{"2024-01-03", "2024-01-15", dyad.IntervalWeek, []string{"2024-01-01", "2024-01-08", "2024-01-15"}},
		{"2024-02-28", "2024-03-01", dyad.IntervalDay, []string{"2024-02-28", "2024-02-29", "2024-03-01"}},
		{"2020-02-01", "2019-01-01", dyad.IntervalMonth, nil},
	}
	for _, c := range cases {
		var got []string
		for _, p := range report.Periods(d(c.from), d(c.to), c.interval) {
			got = append(got, p.Format(dyad.DateLayout))
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("Periods(%s, %s, %s) = %v, want %v", c.from, c.to, c.interval, got, c.want)
		}
	}
	if n := len(report.Periods(d("1900-01-01"), d("2100-01-01"), dyad.IntervalDay)); n > 20000 {
		t.Errorf("Periods over two centuries of days: %d periods, want a bound", n)
	}
}

// events reads every event matching f.
func events(t *testing.T, s dyad.EventStore, f dyad.EventFilter) []dyad.StoredEvent {
	t.Helper()
	f.Limit = 7 // several pages
	var out []dyad.StoredEvent
	for {
		evs, next, err := s.Events(context.Background(), f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, evs...)
		if next == "" {
			return out
		}
		f.Cursor = next
	}
}

// TestBuild checks the report's figures against the events the store
// lists, counted here event by event.
func TestBuild(t *testing.T) {
	s := corpusStore(t)
	since, _ := dyad.ParseDate("2016")
	main, sau := report.Dyad{"CHN", "IRN"}, report.Dyad{"CHN", "SAU"}
	r, err := report.Build(context.Background(), s, report.Options{Dyad: main, Compare: []report.Dyad{sau},
		Filter: dyad.EventFilter{Since: since}, Top: 4, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	if p := r.Periods; len(p) == 0 || !p[0].Equal(since) || p[len(p)-1].After(now) {
		t.Fatalf("periods %v…: want them to start at --since", p[:min(len(p), 2)])
	}
	for _, f := range []*report.Figures{&r.Main, &r.Compare[0]} {
		evs := events(t, s, f.Dyad.Filter(dyad.EventFilter{Since: since}))
		if f.Events != len(evs) || f.Events == 0 {
			t.Errorf("%s: %d events, the store lists %d", f.Dyad, f.Events, len(evs))
		}
		mentions, gold, quads := 0, 0.0, [4]int{}
		topics, roots := map[string]int{}, map[string]int{}
		byMonth := map[string]int{}
		maxMentions := 0
		for _, e := range evs {
			mentions += e.NumMentions
			gold += e.Goldstein
			quads[e.Quad-1]++
			maxMentions = max(maxMentions, e.NumMentions)
			for _, tp := range e.Topics {
				topics[tp]++
			}
			if !e.Date.IsZero() {
				roots[e.Root]++
				byMonth[e.Date.Format("2006-01")]++
			}
		}
		if f.Mentions != mentions || f.Quads != quads || math.Abs(f.Goldstein-gold/float64(len(evs))) > 1e-9 {
			t.Errorf("%s: %d mentions, quads %v, Goldstein %.3f; the events give %d, %v, %.3f", f.Dyad, f.Mentions, f.Quads, f.Goldstein,
				mentions, quads, gold/float64(len(evs)))
		}
		for _, tc := range f.Topics {
			if topics[tc.Topic] != tc.Events {
				t.Errorf("%s: topic %s on %d events, the events give %d", f.Dyad, tc.Topic, tc.Events, topics[tc.Topic])
			}
		}
		if len(f.Topics) != len(topics) {
			t.Errorf("%s: %d topics, the events carry %d", f.Dyad, len(f.Topics), len(topics))
		}
		if len(f.Monthly) != len(r.Periods) {
			t.Fatalf("%s: %d monthly points for %d periods", f.Dyad, len(f.Monthly), len(r.Periods))
		}
		for i, p := range f.Monthly {
			if !p.Period.Equal(r.Periods[i]) || p.Events != byMonth[p.Period.Format("2006-01")] {
				t.Errorf("%s: %s has %d events, the events give %d", f.Dyad, p.Period.Format("2006-01"), p.Events, byMonth[p.Period.Format("2006-01")])
			}
		}
		for _, sr := range f.ByRoot {
			if sr.Total != roots[sr.Key] {
				t.Errorf("%s: root %s has %d dated events, the events give %d", f.Dyad, sr.Key, sr.Total, roots[sr.Key])
			}
		}
		if len(f.Top) == 0 || f.Top[0].NumMentions != maxMentions || len(f.Top[0].Mentions) != f.Top[0].NumMentions {
			t.Errorf("%s: the most reported event should have the most mentions (%d), each read", f.Dyad, maxMentions)
		}
		for i := 1; i < len(f.Top); i++ {
			if f.Top[i].NumMentions > f.Top[i-1].NumMentions {
				t.Errorf("%s: most reported events out of order", f.Dyad)
			}
		}
	}
	if len(r.Compare[0].Top) > 2 {
		t.Errorf("a comparison lists %d top events, want half of 4", len(r.Compare[0].Top))
	}
	// The corpus has China→Iran drones only from 2021 and delegations from
	// 2015: drones are new in the second half, delegations are not.
	rising := map[string]report.TopicChange{}
	for _, c := range r.Main.Rising {
		rising[c.Topic] = c
	}
	if c, ok := rising["ARMS/DRONE"]; !ok || !c.New || c.Before != 0 || c.First.Year() < 2020 {
		t.Errorf("ARMS/DRONE should be a new topic: %+v (rising %v)", c, r.Main.Rising)
	}
	if c, ok := rising["MILCOOP/DELEGATION"]; ok && c.New {
		t.Errorf("MILCOOP/DELEGATION is not new: %+v", c)
	}
}

// TestCompare: one series per dyad on the same periods, each summing to
// what the store's trend gives for the dyad alone.
func TestCompare(t *testing.T) {
	s := corpusStore(t)
	dyads := []report.Dyad{{"CHN", "IRN"}, {"CHN", "SAU"}, {"CHN", "ARE"}}
	q := dyad.TrendQuery{Filter: dyad.EventFilter{Topic: "arms"}, Interval: dyad.IntervalYear}
	pts, err := report.Compare(context.Background(), s, q, dyads)
	if err != nil {
		t.Fatal(err)
	}
	if len(pts) == 0 || len(pts)%len(dyads) != 0 {
		t.Fatalf("%d points for %d dyads", len(pts), len(dyads))
	}
	for i, p := range pts {
		if p.Key != dyads[i%len(dyads)].String() || !p.Period.Equal(pts[i-i%len(dyads)].Period) {
			t.Fatalf("point %d: %s %s out of step", i, p.Period.Format("2006"), p.Key)
		}
		if i >= len(dyads) && p.Period.Year() != pts[i-len(dyads)].Period.Year()+1 {
			t.Fatalf("point %d: %d follows %d: a period is missing", i, p.Period.Year(), pts[i-len(dyads)].Period.Year())
		}
	}
	for _, d := range dyads {
		dq := q
		dq.Filter = d.Filter(q.Filter)
		alone, err := s.Trend(context.Background(), dq)
		if err != nil {
			t.Fatal(err)
		}
		want, got := 0, 0
		for _, p := range alone {
			want += p.Events
		}
		for _, p := range pts {
			if p.Key == d.String() {
				got += p.Events
			}
		}
		if got != want || want == 0 {
			t.Errorf("%s: %d ARMS events compared, %d alone", d, got, want)
		}
	}
	if _, err := report.Compare(context.Background(), s, dyad.TrendQuery{Split: dyad.SplitRoot}, dyads); dyad.ErrorKind(err) != dyad.EINVALID {
		t.Errorf("a split comparison: %v, want invalid", err)
	}
}

// TestCount asks the reference article's question of the corpus, which
// holds three senior PLA delegations to Iran since 2016 (2016-02, 2016-11,
// 2023-08; one more in 2015), none to Israel.
func TestCount(t *testing.T) {
	s := corpusStore(t)
	since, _ := dyad.ParseDate("2016")
	f := dyad.EventFilter{Code: "042", Since: since}
	rows, err := report.Count(context.Background(), s, f, []string{"CHNMIL"}, report.SplitCodes("IRN,isr"), 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || rows[0].Dyad != (report.Dyad{"CHNMIL", "IRN"}) || rows[1].Dyad.Target != "ISR" {
		t.Fatalf("rows %+v", rows)
	}
	if rows[0].Events != 3 || len(rows[0].List) != 2 || rows[1].Events != 0 || len(rows[1].List) != 0 {
		t.Errorf("CHNMIL→IRN 042 since 2016: %d events (%d listed), →ISR %d; want 3 (2 listed) and 0", rows[0].Events, len(rows[0].List), rows[1].Events)
	}
	for _, e := range rows[0].List {
		if !strings.Contains(e.Mention.Text, "delegation") || e.Date.Before(since) {
			t.Errorf("listed %s %q", e.Date.Format(dyad.DateLayout), e.Mention.Text)
		}
	}
	if rows[0].First.Year() != 2016 || rows[0].Last.Year() != 2023 {
		t.Errorf("first %v last %v", rows[0].First, rows[0].Last)
	}
}

// plainStore hides a store's optional methods, so that Count takes the
// path of a store without Summarize.
type plainStore struct{ dyad.EventStore }

// TestCountPaths checks that counting in the store (Summarize) and counting
// by reading every event give the same rows and lists.
func TestCountPaths(t *testing.T) {
	s := corpusStore(t)
	if _, ok := s.(report.Summarizer); !ok {
		t.Fatal("the SQLite store has no Summarize: the test compares nothing")
	}
	since, _ := dyad.ParseDate("2016")
	ctx := context.Background()
	for _, f := range []dyad.EventFilter{{}, {Code: "042", Since: since}, {Root: "04"}, {Quad: 1, Until: since}, {Quad: 4}} {
		for _, list := range []int{0, 1, 3, 1000} {
			srcs, tgts := report.SplitCodes("CHN,IRN,"), report.SplitCodes("IRN,usa,")
			got, err := report.Count(ctx, s, f, srcs, tgts, list)
			if err != nil {
				t.Fatal(err)
			}
			want, err := report.Count(ctx, plainStore{s}, f, srcs, tgts, list)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(want) {
				t.Fatalf("%+v list %d: %d rows, want %d", f, list, len(got), len(want))
			}
			events := 0
			for i := range got {
				g, w := got[i], want[i]
				events += g.Events
				if g.Dyad != w.Dyad || g.Events != w.Events || g.Mentions != w.Mentions || !g.First.Equal(w.First) || !g.Last.Equal(w.Last) || len(g.List) != len(w.List) {
					t.Errorf("%+v list %d %v: %d events %d mentions %v–%v %d listed; want %d %d %v–%v %d", f, list, g.Dyad,
						g.Events, g.Mentions, g.First, g.Last, len(g.List), w.Events, w.Mentions, w.First, w.Last, len(w.List))
					continue
				}
				for j := range g.List {
					if g.List[j].ID != w.List[j].ID {
						t.Errorf("%+v list %d %v: event %d is %d, want %d", f, list, g.Dyad, j, g.List[j].ID, w.List[j].ID)
					}
				}
			}
			if events == 0 {
				t.Errorf("%+v: no events counted in any row", f)
			}
		}
	}
}

// TestHTML checks the page: self-contained, one SVG per chart, numbers as
// built, sentences and links of the top events.
func TestHTML(t *testing.T) {
	s := corpusStore(t)
	defs := map[string]string{}
	for _, d := range topic.Default().Definitions() {
		defs[d.Code] = d.Text
	}
	r, err := report.Build(context.Background(), s, report.Options{Dyad: report.Dyad{"CHN", "IRN"},
		Compare: []report.Dyad{{"CHN", "SAU"}, {"CHN", "ARE"}}, Definitions: defs, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := r.WriteHTML(&buf); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	// Nothing to fetch: no scripts, stylesheets or images from elsewhere.
	if m := regexp.MustCompile(`(?i)<(script|link|img|iframe)\b|src=|url\(`).FindString(page); m != "" {
		t.Errorf("the page loads something: %q", m)
	}
	// Three charts per dyad and two comparing them.
	if n := strings.Count(page, `<svg class="chart"`); n != 3*3+2 {
		t.Errorf("%d charts, want 11", n)
	}
	fig := regexp.MustCompile(`<div class="cards" data-dyad="CHN-IRN">\s*<div class="card"><b data-figure="events">(\d+)</b>`).FindStringSubmatch(page)
	if fig == nil || fig[1] != strconv.Itoa(r.Main.Events) {
		t.Errorf("headline events %v, want %d", fig, r.Main.Events)
	}
	for _, e := range r.Main.Top {
		if !strings.Contains(page, `data-event="`+strconv.FormatInt(e.ID, 10)+`"`) || !strings.Contains(page, e.Mention.DocURL) {
			t.Errorf("top event %d or its link %s missing", e.ID, e.Mention.DocURL)
		}
	}
	if defs["ARMS/DRONE"] == "" || !strings.Contains(page, defs["ARMS/DRONE"]) {
		t.Errorf("the definition of ARMS/DRONE is not shown among rising topics")
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
