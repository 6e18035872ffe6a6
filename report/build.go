package report

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/cameo"
)

// Options say what a report is about.
type Options struct {
	Dyad    Dyad
	Compare []Dyad
	// Filter narrows every dyad's events (dates, topic, code, ...); its
	// Source, Target, Actor, Limit and Cursor are ignored.
	Filter dyad.EventFilter
	Top    int // most reported events listed for the main dyad (default 10; half as many for each comparison)
	// Definitions of topics, by code, shown beside them (optional: pass
	// topic.Default's Definitions).
	Definitions map[string]string
	Now         time.Time // when the report is made (default time.Now)
}

// Report is everything a report shows. Every count comes from the store's
// Events or Trend, so it is what "dyad query" and "dyad trend" give.
type Report struct {
	Title       string            `json:"title"`
	Generated   time.Time         `json:"generated"`
	Filter      dyad.EventFilter  `json:"filter"`
	Interval    string            `json:"interval"`
	Periods     []time.Time       `json:"periods"` // months shared by every figure of every dyad
	Main        Figures           `json:"main"`
	Compare     []Figures         `json:"compare,omitempty"`
	Definitions map[string]string `json:"-"`
}

// Figures are the numbers of one dyad.
type Figures struct {
	Dyad      Dyad      `json:"dyad"`
	Events    int       `json:"events"`   // deduplicated events, dated or not
	Mentions  int       `json:"mentions"` // coded reports of them
	Articles  int       `json:"articles"` // documents reporting them, summed over events
	Goldstein float64   `json:"goldstein"`
	Quads     [4]int    `json:"quads"` // events per quad class 1..4
	First     time.Time `json:"first"` // earliest and latest event date
	Last      time.Time `json:"last"`
	Undated   int       `json:"undated"` // events without a date: not in the monthly figures
	// Topics counts events per topic they carry, most first.
	Topics []TopicCount `json:"topics"`
	// Monthly has one point per period of the report (zero where no event falls).
	Monthly []dyad.TrendPoint  `json:"monthly"`
	ByRoot  []Series           `json:"by_root"`        // events per month per CAMEO root code
	ByTopic []Series           `json:"by_topic"`       // events per month per topic (an event counts under each of its topics)
	Line    Series             `json:"goldstein_line"` // mean Goldstein per month: cooperation above zero, conflict below
	Top     []dyad.StoredEvent `json:"top"`            // most reported events, with all their mentions
	Rising  []TopicChange      `json:"rising"`
}

// TopicCount is a topic and how many events carry it.
type TopicCount struct {
	Topic  string `json:"topic"`
	Events int    `json:"events"`
}

// Build asks the store for the figures of o.Dyad and of each comparison dyad.
func Build(ctx context.Context, s dyad.EventStore, o Options) (*Report, error) {
	if o.Dyad == (Dyad{}) {
		return nil, dyad.Errorf(dyad.EINVALID, "report: no dyad")
	}
	if o.Top <= 0 {
		o.Top = 10
	}
	if o.Now.IsZero() {
		o.Now = time.Now()
	}
	f := o.Filter
	f.Limit, f.Cursor = 0, ""
	r := &Report{Generated: o.Now.UTC(), Filter: f, Interval: dyad.IntervalMonth, Definitions: o.Definitions}
	r.Title = "Events " + o.Dyad.Label()
	for _, d := range o.Compare {
		r.Title += " · " + d.Label()
	}
	type raw struct{ monthly, roots, topics []dyad.TrendPoint }
	dyads := append([]Dyad{o.Dyad}, o.Compare...)
	raws := make([]raw, len(dyads))
	figs := make([]Figures, len(dyads))
	var all []dyad.TrendPoint
	for i, d := range dyads {
		df := d.Filter(f)
		var err error
		q := dyad.TrendQuery{Filter: df, Interval: dyad.IntervalMonth}
		if raws[i].monthly, err = s.Trend(ctx, q); err != nil {
			return nil, err
		}
		q.Split = dyad.SplitRoot
		if raws[i].roots, err = s.Trend(ctx, q); err != nil {
			return nil, err
		}
		q.Split = dyad.SplitTopic
		if raws[i].topics, err = s.Trend(ctx, q); err != nil {
			return nil, err
		}
		all = append(all, raws[i].monthly...)
		top := o.Top
		if i > 0 {
			top = max(1, o.Top/2)
		}
		if figs[i], err = headline(ctx, s, d, df, top); err != nil {
			return nil, err
		}
	}
	until := f.Until
	if until.IsZero() || until.After(o.Now) {
		until = time.Time{}
	}
	r.Periods = span(all, f.Since, until, dyad.IntervalMonth)
	for i := range figs {
		fg := &figs[i]
		fg.Monthly = fill(raws[i].monthly, r.Periods)
		fg.ByRoot = countSeries(raws[i].roots, r.Periods, rootLabel)
		fg.ByTopic = countSeries(raws[i].topics, r.Periods, func(k string) string { return k })
		fg.Line = meanSeries("Goldstein", raws[i].monthly, r.Periods)
		fg.Rising = rising(fg.ByTopic, r.Periods)
	}
	r.Main, r.Compare = figs[0], figs[1:]
	return r, nil
}

// headline pages through the dyad's events: totals, quad classes, dates,
// topics and the most reported events (then read with all their mentions).
func headline(ctx context.Context, s dyad.EventStore, d Dyad, f dyad.EventFilter, top int) (Figures, error) {
	fg := Figures{Dyad: d}
	f.Limit = dyad.MaxLimit
	topics := map[string]int{}
	var best []dyad.StoredEvent
	gold := 0.0
	for {
		evs, next, err := s.Events(ctx, f)
		if err != nil {
			return fg, err
		}
		for i := range evs {
			e := &evs[i]
			fg.Events++
			fg.Mentions += e.NumMentions
			fg.Articles += e.NumArticles
			gold += e.Goldstein
			if e.Quad >= 1 && e.Quad <= 4 {
				fg.Quads[e.Quad-1]++
			}
			if e.Date.IsZero() {
				fg.Undated++
			} else {
				if fg.First.IsZero() || e.Date.Before(fg.First) {
					fg.First = e.Date
				}
				if e.Date.After(fg.Last) {
					fg.Last = e.Date
				}
			}
			for _, t := range e.Topics {
				topics[t]++
			}
			best = append(best, *e)
		}
		if len(best) > 4*top+dyad.MaxLimit { // keep memory bounded on large dyads
			best = mostReported(best, top)
		}
		if next == "" {
			break
		}
		f.Cursor = next
	}
	if fg.Events > 0 {
		fg.Goldstein = gold / float64(fg.Events)
	}
	for t, n := range topics {
		fg.Topics = append(fg.Topics, TopicCount{t, n})
	}
	sort.Slice(fg.Topics, func(i, j int) bool {
		a, b := fg.Topics[i], fg.Topics[j]
		return a.Events > b.Events || a.Events == b.Events && a.Topic < b.Topic
	})
	for _, e := range mostReported(best, top) {
		full, err := s.Event(ctx, e.ID)
		if err != nil {
			return fg, err
		}
		fg.Top = append(fg.Top, *full)
	}
	return fg, nil
}

// mostReported returns the n events with most mentions (then articles,
// then newest, then smallest id).
func mostReported(evs []dyad.StoredEvent, n int) []dyad.StoredEvent {
	sort.SliceStable(evs, func(i, j int) bool {
		a, b := &evs[i], &evs[j]
		switch {
		case a.NumMentions != b.NumMentions:
			return a.NumMentions > b.NumMentions
		case a.NumArticles != b.NumArticles:
			return a.NumArticles > b.NumArticles
		case !a.Date.Equal(b.Date):
			return a.Date.After(b.Date)
		}
		return a.ID < b.ID
	})
	if len(evs) > n {
		evs = evs[:n]
	}
	return evs
}

// fill lays unsplit trend points out on periods, zero where none falls.
func fill(points []dyad.TrendPoint, periods []time.Time) []dyad.TrendPoint {
	idx := periodIndex(periods)
	out := make([]dyad.TrendPoint, len(periods))
	for i, p := range periods {
		out[i].Period = p
	}
	for _, p := range points {
		if i, ok := idx[day(p.Period)]; ok {
			out[i] = p
			out[i].Period = periods[i]
		}
	}
	return out
}

// rootLabel names a CAMEO root code: "04 Consult".
func rootLabel(root string) string {
	if info, ok := cameo.Lookup(dyad.Code(root)); ok {
		return root + " " + info.Name
	}
	return root
}

// describeFilter says in words what the filter keeps besides the dyad.
func describeFilter(f dyad.EventFilter) string {
	var parts []string
	switch {
	case !f.Since.IsZero() && !f.Until.IsZero():
		parts = append(parts, fmt.Sprintf("%s to %s", day(f.Since), day(f.Until)))
	case !f.Since.IsZero():
		parts = append(parts, "since "+day(f.Since))
	case !f.Until.IsZero():
		parts = append(parts, "until "+day(f.Until))
	}
	for _, s := range []struct{ name, v string }{{"topic", f.Topic}, {"code", f.Code}, {"root", f.Root}, {"words", f.Text}} {
		if s.v != "" {
			parts = append(parts, s.name+" "+s.v)
		}
	}
	if f.Quad != 0 {
		parts = append(parts, cameo.QuadName(f.Quad))
	}
	if len(parts) == 0 {
		return "all dates"
	}
	return strings.Join(parts, ", ")
}
