package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"text/tabwriter"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/cameo"
	"github.com/dyadproject/dyad/coder"
	"github.com/dyadproject/dyad/treebank"
)

func init() {
	register(&Command{Name: "code", Summary: "code events from PETR XML record files (one JSON line per event)", Run: runCode})
}

func runCode(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet("code", "[--format jsonl|table] [--dict DIR] FILE.xml...")
	format := fs.String("format", "", "jsonl or table (default: table on a terminal, jsonl otherwise)")
	dictDir := fs.String("dict", "", "directory holding the dictionaries an <Environment> names (default: beside the XML file)")
	files, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		fs.Usage()
		return dyad.Errorf(dyad.EINVALID, "want at least one FILE.xml")
	}
	if *format == "" {
		*format = "jsonl"
		if isTerminal(m.Stdout) {
			*format = "table"
		}
	}
	var out eventWriter
	switch *format {
	case "jsonl":
		out = &jsonlWriter{enc: json.NewEncoder(m.Stdout)}
	case "table":
		tw := tabwriter.NewWriter(m.Stdout, 2, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tSOURCE\tTARGET\tCODE\tQUAD\tGOLDSTEIN\tPLOVER\tVERB")
		defer tw.Flush()
		out = &tableWriter{w: tw}
	default:
		return dyad.Errorf(dyad.EINVALID, "unknown --format %q: want jsonl or table", *format)
	}
	rejected := 0
	for _, path := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		n, err := codePETR(m, path, *dictDir, out.write)
		if err != nil {
			return err
		}
		rejected += n
	}
	if rejected > 0 {
		return fmt.Errorf("%d records could not be coded: %w", rejected, errPartial)
	}
	return nil
}

// codePETR codes every record of a PETR XML file with the dictionaries its
// <Environment> names (or the embedded set) and each record's <Config>
// options, passing events to emit. It returns how many records were rejected
// (reported on stderr); records skipped by a discard or dateline rule are not.
func codePETR(m *Main, path, dictDir string, emit func(*dyad.Event) error) (int, error) {
	f, err := readPETR(m, path)
	if err != nil {
		return 0, err
	}
	set, err := petrDicts(m, f, path, dictDir)
	if err != nil {
		return 0, err
	}
	base := coder.New(set, coder.DefaultOptions())
	coders := map[coder.Options]*coder.Coder{}
	rejected := 0
	for i := range f.Records {
		r := &f.Records[i]
		opt := coder.DefaultOptions()
		for _, s := range r.Config {
			if err := opt.Set(s.Option, s.Value); err != nil {
				fmt.Fprintf(m.Stderr, "%s:%d: %v\n", path, r.Line, err)
			}
		}
		c := coders[opt]
		if c == nil {
			c = base.WithOptions(opt)
			coders[opt] = c
		}
		tree, err := treebank.Parse(r.Parse)
		if err != nil {
			fmt.Fprintf(m.Stderr, "%s:%d: record %s: %v\n", path, r.Line, r.ID, err)
			rejected++
			continue
		}
		treebank.Align(tree, r.Text, 0)
		evs, err := c.Code(tree, r.Date)
		var skip *coder.Skip
		if errors.As(err, &skip) {
			continue
		}
		if err != nil {
			fmt.Fprintf(m.Stderr, "%s:%d: record %s: %v\n", path, r.Line, r.ID, err)
			rejected++
			continue
		}
		for k := range evs {
			e := &evs[k]
			e.ID = r.ID + "/" + strconv.Itoa(k+1)
			e.Doc, e.SentenceID = r.ID, r.ID
			e.Date, e.DatePrecision = r.Date, dyad.PrecisionDocument
			e.Text = r.Text
			cameo.Fill(e)
			if err := emit(e); err != nil {
				return rejected, err
			}
		}
	}
	return rejected, nil
}

type eventWriter interface{ write(*dyad.Event) error }

// codeLine is the JSON line written for one event.
type codeLine struct {
	ID          string     `json:"id"`
	Doc         string     `json:"doc"`
	Source      string     `json:"source"`
	Target      string     `json:"target"`
	Code        dyad.Code  `json:"code"`
	Root        string     `json:"root"`
	Quad        int        `json:"quad"`
	Goldstein   float64    `json:"goldstein"`
	PLOVER      string     `json:"plover"`
	Name        string     `json:"name,omitempty"`
	Date        string     `json:"date"`
	Sentence    string     `json:"sentence"`
	Pattern     string     `json:"pattern"`
	Verb        string     `json:"verb"`
	VerbSpan    dyad.Span  `json:"verb_span"`
	SourceActor dyad.Actor `json:"source_actor"`
	TargetActor dyad.Actor `json:"target_actor"`
}

type jsonlWriter struct{ enc *json.Encoder }

func (w *jsonlWriter) write(e *dyad.Event) error {
	return w.enc.Encode(codeLine{
		ID: e.ID, Doc: e.Doc, Source: e.Source.Code, Target: e.Target.Code, Code: e.Code,
		Root: e.Root, Quad: e.Quad, Goldstein: e.Goldstein, PLOVER: e.PLOVER, Name: e.Name,
		Date: e.Date.Format(dyad.DateLayout), Sentence: e.Text, Pattern: e.Pattern,
		Verb: e.VerbText, VerbSpan: e.Verb, SourceActor: e.Source, TargetActor: e.Target,
	})
}

type tableWriter struct{ w io.Writer }

func (t *tableWriter) write(e *dyad.Event) error {
	_, err := fmt.Fprintf(t.w, "%s\t%s\t%s\t%s\t%d\t%.1f\t%s\t%s\n", e.ID, e.Source.Code, e.Target.Code, e.Code, e.Quad, e.Goldstein, e.PLOVER, e.VerbText)
	return err
}
