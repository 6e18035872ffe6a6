package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/plotutil"
	"gonum.org/v1/plot/vg"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/cameo"
	"github.com/dyadproject/dyad/report"
)

func init() {
	register(&Command{Name: "trend", Summary: "count events per day, week, month or year, with mean Goldstein; plot them", Run: runTrend})
}

func runTrend(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet("trend", "--db FILE (--source S --target T | --actor A | --dyad S-T --dyad S-T ...) [--topic ARMS] [--interval month] [--split root|quad|topic] [--plot out.png]")
	db := fs.String("db", "dyad.db", "event store `file`")
	ff := addFilterFlags(fs)
	interval := fs.String("interval", dyad.IntervalMonth, "day, week, month or year")
	split := fs.String("split", dyad.SplitNone, "none, root (CAMEO root code), quad (quad class) or topic (an event counts under each of its topics under --topic)")
	var dyads dyadList
	fs.Var(&dyads, "dyad", "compare dyads: one series per SOURCE-TARGET (repeat the flag or separate with commas: CHN-IRN,CHN-SAU), all on the same periods")
	format := fs.String("format", "", "output: table (default on a terminal), tsv (default otherwise), csv or jsonl")
	plotFile := fs.String("plot", "", "also draw the counts as a PNG chart into this `file`")
	f, err := ff.parse(fs, args)
	if err != nil {
		return err
	}
	*format = m.outputFormat(*format, "tsv")
	store, err := openStore(*db)
	if err != nil {
		return err
	}
	defer store.Close()
	q := dyad.TrendQuery{Filter: f, Interval: *interval, Split: *split}
	var points []dyad.TrendPoint
	if len(dyads) > 0 {
		if f.Source != "" || f.Target != "" || f.Actor != "" {
			return dyad.Errorf(dyad.EINVALID, "trend: --dyad gives the actors; drop --source, --target and --actor")
		}
		points, err = report.Compare(ctx, store, q, dyads)
		q.Split = "dyad"
	} else {
		points, err = store.Trend(ctx, q)
	}
	if err != nil {
		return err
	}
	if err := writeTrend(m.Stdout, *format, q, points); err != nil {
		return err
	}
	if *plotFile != "" {
		return plotTrend(*plotFile, q, points)
	}
	return nil
}

// dyadList is the repeatable --dyad flag.
type dyadList []report.Dyad

func (l *dyadList) String() string {
	var s []string
	for _, d := range *l {
		s = append(s, d.String())
	}
	return strings.Join(s, ",")
}

func (l *dyadList) Set(v string) error {
	ds, err := report.ParseDyads(v)
	if err != nil {
		return err
	}
	*l = append(*l, ds...)
	return nil
}

// periodLabel formats the first day of an interval for people.
func periodLabel(t time.Time, interval string) string {
	switch interval {
	case dyad.IntervalMonth, "":
		return t.Format("2006-01")
	case dyad.IntervalYear:
		return t.Format("2006")
	}
	return t.Format(dyad.DateLayout)
}

// keyLabel names a split key: "04 CONSULT" for a root, "1 verbal cooperation" for a quad.
func keyLabel(key, split string) string {
	switch split {
	case dyad.SplitRoot:
		if info, ok := cameo.Lookup(dyad.Code(key)); ok {
			return key + " " + info.Name
		}
	case dyad.SplitQuad:
		q, _ := strconv.Atoi(key)
		return key + " " + cameo.QuadName(q)
	}
	return key
}

func writeTrend(w io.Writer, format string, q dyad.TrendQuery, points []dyad.TrendPoint) error {
	header := []string{"period", "events", "mentions", "goldstein"}
	split := q.Split != "" && q.Split != dyad.SplitNone
	if split {
		header = []string{"period", q.Split, "events", "mentions", "goldstein"}
	}
	row := func(p dyad.TrendPoint) []string {
		r := []string{periodLabel(p.Period, q.Interval)}
		if split {
			r = append(r, keyLabel(p.Key, q.Split))
		}
		gold := strconv.FormatFloat(p.Goldstein, 'f', 2, 64)
		if p.Events == 0 { // a period a comparison fills in: no mean to give
			gold = ""
		}
		return append(r, strconv.Itoa(p.Events), strconv.Itoa(p.Mentions), gold)
	}
	switch format {
	case "table", "tsv":
		tw := io.Writer(w)
		var flush func() error
		if format == "table" {
			t := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
			tw, flush = t, t.Flush
		}
		fmt.Fprintln(tw, strings.Join(header, "\t")+"\t")
		for _, p := range points {
			fmt.Fprintln(tw, strings.Join(row(p), "\t")+"\t")
		}
		if flush != nil {
			return flush()
		}
		return nil
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write(header)
		for _, p := range points {
			cw.Write(row(p))
		}
		cw.Flush()
		return cw.Error()
	case "jsonl":
		enc := json.NewEncoder(w)
		for _, p := range points {
			if err := enc.Encode(p); err != nil {
				return err
			}
		}
		return nil
	}
	return dyad.Errorf(dyad.EINVALID, "format %q: want table, tsv, csv or jsonl", format)
}

// plotTrend draws event counts over time, one line per split key.
func plotTrend(file string, q dyad.TrendQuery, points []dyad.TrendPoint) error {
	if len(points) == 0 {
		return dyad.Errorf(dyad.ENOTFOUND, "no events to plot")
	}
	p := plot.New()
	p.Title.Text = trendTitle(q)
	p.X.Label.Text = q.Interval
	p.Y.Label.Text = "events"
	layout := "2006-01"
	switch q.Interval {
	case dyad.IntervalDay, dyad.IntervalWeek:
		layout = dyad.DateLayout
	case dyad.IntervalYear:
		layout = "2006"
	}
	p.X.Tick.Marker = plot.TimeTicks{Format: layout}
	p.Y.Min = 0
	series := map[string]plotter.XYs{}
	var keys []string
	for _, pt := range points {
		k := keyLabel(pt.Key, q.Split)
		if _, ok := series[k]; !ok {
			keys = append(keys, k)
		}
		series[k] = append(series[k], plotter.XY{X: float64(pt.Period.Unix()), Y: float64(pt.Events)})
	}
	if q.Split != "dyad" { // dyads keep the order they were given in
		sort.Strings(keys)
	}
	var lines []any
	for _, k := range keys {
		name := k
		if name == "" {
			name = "events"
		}
		lines = append(lines, name, series[k])
	}
	if err := plotutil.AddLinePoints(p, lines...); err != nil {
		return dyad.E(dyad.EINTERNAL, "plot", err)
	}
	if err := p.Save(10*vg.Inch, 5*vg.Inch, file); err != nil {
		return dyad.E(dyad.EINVALID, "plot "+file, err)
	}
	return nil
}

func trendTitle(q dyad.TrendQuery) string {
	f := q.Filter
	var parts []string
	switch {
	case q.Split == "dyad":
		parts = append(parts, "dyads compared")
	case f.Source != "" || f.Target != "":
		parts = append(parts, orAny(f.Source)+" → "+orAny(f.Target))
	case f.Actor != "":
		parts = append(parts, f.Actor+" (either side)")
	default:
		parts = append(parts, "all events")
	}
	for _, s := range []struct{ name, v string }{{"code", f.Code}, {"root", f.Root}, {"topic", f.Topic}, {"text", f.Text}} {
		if s.v != "" {
			parts = append(parts, s.name+" "+s.v)
		}
	}
	if f.Quad != 0 {
		parts = append(parts, cameo.QuadName(f.Quad))
	}
	return strings.Join(parts, ", ") + " per " + q.Interval
}

func orAny(s string) string {
	if s == "" {
		return "any"
	}
	return s
}
