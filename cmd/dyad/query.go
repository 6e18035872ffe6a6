package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/cameo"
)

func init() {
	register(&Command{Name: "query", Summary: "list stored events by actor, code, date, topic or words", Run: runQuery})
}

// filterFlags are the event-selection flags shared by query, count, trend,
// export and report.
type filterFlags struct {
	source, target, actor, code, root, text, topic, since, until *string
	quad                                                         *int
}

func addFilterFlags(fs *flag.FlagSet) *filterFlags {
	return &filterFlags{
		source: fs.String("source", "", "source actor code prefix (CHN matches CHNMIL)"),
		target: fs.String("target", "", "target actor code prefix"),
		actor:  fs.String("actor", "", "actor code prefix on either side"),
		code:   fs.String("code", "", "CAMEO event code prefix (04 matches 042)"),
		root:   fs.String("root", "", "CAMEO root code, two digits"),
		quad:   fs.Int("quad", 0, "quad class: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict"),
		since:  fs.String("since", "", "events on or after this date (YYYY-MM-DD, YYYY-MM or YYYY)"),
		until:  fs.String("until", "", "events on or before this date"),
		text:   fs.String("text", "", "words that must all appear in a sentence of the event"),
		topic:  fs.String("topic", "", "topic code or a parent of it, case-insensitive: ARMS matches ARMS/DRONE"),
	}
}

// parse parses args, which may name no positional argument, and returns the
// filter the flags give.
func (f *filterFlags) parse(fs *flag.FlagSet, args []string) (dyad.EventFilter, error) {
	rest, err := parseFlags(fs, args)
	if err != nil {
		return dyad.EventFilter{}, err
	}
	if len(rest) > 0 {
		return dyad.EventFilter{}, dyad.Errorf(dyad.EINVALID, "unexpected argument %q", rest[0])
	}
	return f.filter()
}

func (f *filterFlags) filter() (dyad.EventFilter, error) {
	ef := dyad.EventFilter{Source: *f.source, Target: *f.target, Actor: *f.actor, Code: *f.code, Root: *f.root,
		Quad: *f.quad, Text: *f.text, Topic: *f.topic}
	var err error
	if *f.since != "" {
		if ef.Since, err = dyad.ParseDate(*f.since); err != nil {
			return ef, err
		}
	}
	if *f.until != "" {
		if ef.Until, err = untilDate(*f.until); err != nil {
			return ef, err
		}
	}
	return ef, nil
}

// untilDate reads an inclusive upper date: "2019" means to the end of 2019
// and "2019-03" to the end of March.
func untilDate(s string) (time.Time, error) {
	t, err := dyad.ParseDate(s)
	if err != nil {
		return t, err
	}
	switch len(s) {
	case 4:
		return t.AddDate(1, 0, -1), nil
	case 7:
		return t.AddDate(0, 1, -1), nil
	}
	return t, nil
}

func openStore(path string) (dyad.EventStore, error) {
	return openDB(context.Background(), path, false)
}

func runQuery(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet("query", "--db FILE [filters] [--format table|csv|tsv|jsonl]")
	db := fs.String("db", "dyad.db", "event store `file`")
	ff := addFilterFlags(fs)
	limit := fs.Int("limit", 50, "events to list (newest first)")
	cursor := fs.String("cursor", "", "continue after the page that printed this cursor")
	format := fs.String("format", "", "output: table (default on a terminal), tsv (default otherwise), csv or jsonl")
	f, err := ff.parse(fs, args)
	if err != nil {
		return err
	}
	f.Limit, f.Cursor = *limit, *cursor
	*format = m.outputFormat(*format, "tsv")
	store, err := openStore(*db)
	if err != nil {
		return err
	}
	defer store.Close()
	evs, next, err := store.Events(ctx, f)
	if err != nil {
		return err
	}
	if err := writeEvents(m.Stdout, *format, evs); err != nil {
		return err
	}
	if next != "" {
		fmt.Fprintf(m.Stderr, "more events: add --cursor %s\n", next)
	}
	return nil
}

// codeName is the codebook name of an event's code.
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

// eventRow is one listed event: date, dyad, code and name, mentions, sentence.
func eventRow(e *dyad.StoredEvent) []string {
	date := ""
	if !e.Date.IsZero() {
		date = e.Date.Format(dyad.DateLayout)
	}
	return []string{strconv.FormatInt(e.ID, 10), date, e.Source + "→" + e.Target, string(e.Code), codeName(e),
		strconv.Itoa(e.NumMentions), strings.Join(e.Topics, ";"), strings.Join(strings.Fields(e.Mention.Text), " ")}
}

var eventHeader = []string{"id", "date", "dyad", "code", "name", "mentions", "topics", "sentence"}

func writeEvents(w io.Writer, format string, evs []dyad.StoredEvent) error {
	switch format {
	case "table":
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, strings.ToUpper(strings.Join(eventHeader, "\t")))
		for i := range evs {
			row := eventRow(&evs[i])
			row[7] = clip(row[7], 100)
			row[6] = clip(row[6], 30)
			row[4] = clip(row[4], 30)
			fmt.Fprintln(tw, strings.Join(row, "\t"))
		}
		if len(evs) == 0 {
			fmt.Fprintln(tw, "(no events)")
		}
		return tw.Flush()
	case "tsv":
		fmt.Fprintln(w, strings.Join(eventHeader, "\t"))
		for i := range evs {
			row := eventRow(&evs[i])
			for k := range row {
				row[k] = strings.ReplaceAll(row[k], "\t", " ")
			}
			if _, err := fmt.Fprintln(w, strings.Join(row, "\t")); err != nil {
				return err
			}
		}
		return nil
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write(eventHeader)
		for i := range evs {
			cw.Write(eventRow(&evs[i]))
		}
		cw.Flush()
		return cw.Error()
	case "jsonl":
		return writeJSONLines(w, evs)
	}
	return dyad.Errorf(dyad.EINVALID, "format %q: want table, tsv, csv or jsonl", format)
}

// writeJSONLines writes one JSON object a line, "<" and "&" as they are.
func writeJSONLines[T any](w io.Writer, xs []T) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range xs {
		if err := enc.Encode(&xs[i]); err != nil {
			return err
		}
	}
	return nil
}

// clip shortens s to n runes with an ellipsis.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
