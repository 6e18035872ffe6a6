package main

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/report"
)

func init() {
	register(&Command{Name: "count", Summary: "count events per source and target (--target IRN,SAU,ARE) and list each with its sentence", Run: runCount})
}

func runCount(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet("count", "--db FILE --source CHNMIL --target IRN,SAU,ARE [--code 042] [--since 2016] [--topic ARMS] [--list 20]")
	db := fs.String("db", "dyad.db", "event store `file`")
	ff := addFilterFlags(fs)
	list := fs.Int("list", 20, "events listed per row, newest first (0: counts only)")
	format := fs.String("format", "", "output: table (default on a terminal), tsv (default otherwise), csv or jsonl")
	f, err := ff.parse(fs, args)
	if err != nil {
		return err
	}
	sources, targets := report.SplitCodes(f.Source), report.SplitCodes(f.Target)
	*format = m.outputFormat(*format, "tsv")
	store, err := openStore(*db)
	if err != nil {
		return err
	}
	defer store.Close()
	rows, err := report.Count(ctx, store, f, sources, targets, max(*list, 0))
	if err != nil {
		return err
	}
	return writeCounts(m.Stdout, *format, rows)
}

var countHeader = []string{"source", "target", "events", "mentions", "first", "last"}

func countRow(r *report.CountRow) []string {
	return []string{orAny(r.Dyad.Source), orAny(r.Dyad.Target), strconv.Itoa(r.Events), strconv.Itoa(r.Mentions), dayOf(r.First), dayOf(r.Last)}
}

func dayOf(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(dyad.DateLayout)
}

// writeCounts writes the counts, then the events listed under each row.
// Tables and TSV give a count table, a blank line and the event lists; CSV
// gives one line per listed event after the count table's lines, with
// the event columns empty on count lines; JSON lines give one object per row.
func writeCounts(w io.Writer, format string, rows []report.CountRow) error {
	switch format {
	case "table", "tsv":
		tw := io.Writer(w)
		var flush func() error
		if format == "table" {
			t := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
			tw, flush = t, t.Flush
		}
		head := countHeader
		if format == "table" {
			head = []string{"SOURCE", "TARGET", "EVENTS", "MENTIONS", "FIRST", "LAST"}
		}
		fmt.Fprintln(tw, strings.Join(head, "\t"))
		total := 0
		for i := range rows {
			fmt.Fprintln(tw, strings.Join(countRow(&rows[i]), "\t"))
			total += rows[i].Events
		}
		if len(rows) > 1 && format == "table" {
			fmt.Fprintf(tw, "total\t\t%d\t\t\t\n", total)
		}
		if flush != nil {
			if err := flush(); err != nil {
				return err
			}
		}
		for i := range rows {
			r := &rows[i]
			if len(r.List) == 0 {
				continue
			}
			more := ""
			if r.Events > len(r.List) {
				more = fmt.Sprintf(", newest %d listed", len(r.List))
			}
			fmt.Fprintf(w, "\n%s → %s: %d events%s\n", orAny(r.Dyad.Source), orAny(r.Dyad.Target), r.Events, more)
			if err := writeEvents(w, format, r.List); err != nil {
				return err
			}
		}
		return nil
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write(append(append([]string{}, countHeader...), eventHeader...))
		blank := make([]string, len(eventHeader))
		for i := range rows {
			cw.Write(append(countRow(&rows[i]), blank...))
		}
		for i := range rows {
			r := &rows[i]
			for k := range r.List {
				cw.Write(append([]string{orAny(r.Dyad.Source), orAny(r.Dyad.Target), "", "", "", ""}, eventRow(&r.List[k])...))
			}
		}
		cw.Flush()
		return cw.Error()
	case "jsonl":
		return writeJSONLines(w, rows)
	}
	return dyad.Errorf(dyad.EINVALID, "format %q: want table, tsv, csv or jsonl", format)
}
