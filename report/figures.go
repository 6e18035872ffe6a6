package report

import (
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/cameo"
)

// maxSeries is how many series a chart shows before summing the rest into "other".
const maxSeries = 7

// charts returns the figures of one dyad: events per month by root code, by
// topic, and the Goldstein line.
func (r *Report) charts(f *Figures) []chart {
	id := strings.ToLower(f.Dyad.String())
	gold := f.Line
	gold.Label = "mean Goldstein"
	return []chart{
		{ID: id + "-roots", Title: f.Dyad.Label() + ": events per month by CAMEO root code", YLabel: "events",
			Periods: r.Periods, Series: topSeries(f.ByRoot, maxSeries), Stacked: true},
		{ID: id + "-topics", Title: f.Dyad.Label() + ": events per month by topic (an event counts under each of its topics)", YLabel: "events",
			Periods: r.Periods, Series: topSeries(f.ByTopic, maxSeries)},
		{ID: id + "-goldstein", Title: f.Dyad.Label() + ": mean Goldstein score per month (cooperation above zero, conflict below)", YLabel: "Goldstein",
			Periods: r.Periods, Series: []Series{gold}, Range: &[2]float64{-10, 10}, Connect: true},
	}
}

// compareCharts lines the dyads up: events per month and mean Goldstein.
func (r *Report) compareCharts() []chart {
	if len(r.Compare) == 0 {
		return nil
	}
	var counts, golds []Series
	for _, f := range r.all() {
		s := Series{Key: f.Dyad.String(), Label: f.Dyad.Label(), Total: f.Events, Values: make([]float64, len(f.Monthly))}
		for i, p := range f.Monthly {
			s.Values[i] = float64(p.Events)
		}
		counts = append(counts, s)
		g := f.Line
		g.Key, g.Label = f.Dyad.String(), f.Dyad.Label()
		golds = append(golds, g)
	}
	return []chart{
		{ID: "compare-events", Title: "Events per month, dyad by dyad", YLabel: "events", Periods: r.Periods, Series: counts},
		{ID: "compare-goldstein", Title: "Mean Goldstein score per month, dyad by dyad", YLabel: "Goldstein", Periods: r.Periods, Series: golds, Range: &[2]float64{-10, 10}, Connect: true},
	}
}

// all returns the main dyad's figures, then the comparisons'.
func (r *Report) all() []*Figures {
	out := []*Figures{&r.Main}
	for i := range r.Compare {
		out = append(out, &r.Compare[i])
	}
	return out
}

// Busiest returns the month with most events (the earliest of equals).
func (f *Figures) Busiest() dyad.TrendPoint {
	var best dyad.TrendPoint
	for _, p := range f.Monthly {
		if p.Events > best.Events {
			best = p
		}
	}
	return best
}

// Cooperation and Conflict count the events of quad classes 1–2 and 3–4.
func (f *Figures) Cooperation() int { return f.Quads[0] + f.Quads[1] }
func (f *Figures) Conflict() int    { return f.Quads[2] + f.Quads[3] }

// codeName names an event's code from the codebook.
func codeName(e *dyad.StoredEvent) string {
	if e.Name != "" {
		return e.Name
	}
	for c := e.Code; len(c) >= 2; c = c[:len(c)-1] {
		if info, ok := cameo.Lookup(c); ok {
			return info.Name
		}
	}
	return ""
}

// sources returns the distinct documents an event was reported in, in
// mention order: publisher, title and URL.
func sources(e *dyad.StoredEvent) []dyad.Mention {
	ms := e.Mentions
	if len(ms) == 0 {
		ms = []dyad.Mention{e.Mention}
	}
	seen := map[string]bool{}
	var out []dyad.Mention
	for _, m := range ms {
		if seen[m.Doc] {
			continue
		}
		seen[m.Doc] = true
		out = append(out, m)
	}
	return out
}
