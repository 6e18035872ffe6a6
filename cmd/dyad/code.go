package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/cameo"
	"github.com/dyadproject/dyad/chunk"
	"github.com/dyadproject/dyad/coder"
	"github.com/dyadproject/dyad/source"
	"github.com/dyadproject/dyad/source/petrxml"
	"github.com/dyadproject/dyad/treebank"
)

func init() {
	register(&Command{Name: "code", Summary: "code events from text, JSON lines, HTML, WARC or PETR XML (one JSON line per event)", Run: runCode})
}

func runCode(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet("code", "[flags] FILE|DIR|-...")
	format := fs.String("format", "", "jsonl or table (default: table on a terminal, jsonl otherwise)")
	dictDir := fs.String("dict", "", "directory holding the dictionaries a PETR XML <Environment> names (default: beside the XML file)")
	raw := fs.Bool("raw", false, "PETR XML: ignore <Parse> and code each record's <Text> with dyad's own parser")
	date := fs.String("date", "", "publication date of documents whose input gives none (YYYY-MM-DD); an undated document reads each named office-holder in his or her latest office")
	inFormat := fs.String("input-format", "", "input format: text, jsonl, html or warc (default: sniffed per file; .xml files are PETR records)")
	src := fs.String("source", "", "publisher name of documents whose input gives none")
	coding := coderFlags(fs)
	workers := fs.Int("j", runtime.NumCPU(), "documents coded at once; output order does not depend on it")
	maxSize := fs.Int64("max-size", source.DefaultMaxSize, "largest document in bytes; larger ones are rejected")
	quiet := fs.Bool("q", false, "no summary line on stderr")
	files, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		fs.Usage()
		return dyad.Errorf(dyad.EINVALID, "want at least one input: a file, a folder or - for stdin")
	}
	*format = m.outputFormat(*format, "jsonl")
	opts := source.Options{Format: *inFormat, Source: *src, MaxSize: *maxSize, Stdin: m.Stdin}
	if err := readerOptions(&opts, "--input-format", *date); err != nil {
		return err
	}
	var out eventWriter
	switch *format {
	case "jsonl":
		out = &jsonlWriter{enc: json.NewEncoder(m.Stdout)}
	case "table":
		tw := tabwriter.NewWriter(m.Stdout, 2, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tDATE\tSOURCE\tTARGET\tCODE\tQUAD\tGOLDSTEIN\tPLOVER\tVERB")
		defer tw.Flush()
		out = &tableWriter{w: tw}
	default:
		return dyad.Errorf(dyad.EINVALID, "unknown --format %q: want jsonl or table", *format)
	}
	start := time.Now()
	var xml, docs []string
	for _, f := range files {
		if opts.Format == "" && strings.EqualFold(filepath.Ext(f), ".xml") {
			xml = append(xml, f)
		} else {
			docs = append(docs, f)
		}
	}
	rejected := 0
	for _, path := range xml {
		if err := ctx.Err(); err != nil {
			return err
		}
		n, err := codePETR(m, path, *dictDir, *raw, func(e *dyad.Event) error { return out.write(e, nil) })
		if err != nil {
			return err
		}
		rejected += n
	}
	if len(docs) > 0 {
		n, err := codeDocs(ctx, m, docs, opts, coding(), *workers, out.write)
		if !*quiet {
			fmt.Fprintln(m.Stderr, "dyad code:", n.String(time.Since(start)))
		}
		if err != nil {
			return err
		}
		rejected += n.rejected
	}
	if rejected > 0 {
		return fmt.Errorf("%d inputs or records could not be coded: %w", rejected, errPartial)
	}
	return nil
}

// codePETR codes every record of a PETR XML file with the dictionaries its
// <Environment> names (or the embedded set) and each record's <Config>
// options, passing events to emit. It returns how many records were rejected
// (reported on stderr); records skipped by a discard or dateline rule are not.
// With raw, each record's <Text> is parsed by dyad's own parser instead.
func codePETR(m *Main, path, dictDir string, raw bool, emit func(*dyad.Event) error) (int, error) {
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
	parser := chunk.New(nil)
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
		tree, err := recordTree(r, raw, parser)
		if err != nil {
			fmt.Fprintf(m.Stderr, "%s:%d: record %s: %v\n", path, r.Line, r.ID, err)
			rejected++
			continue
		}
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

// recordTree returns the tree of a record: its <Parse> aligned to its text,
// or with raw, its <Text> parsed by dyad's shallow parser.
func recordTree(r *petrxml.Record, raw bool, p *chunk.Parser) (*treebank.Node, error) {
	if raw {
		return p.Parse(r.Text, dyad.Sentence{Span: dyad.Span{End: len(r.Text)}}), nil
	}
	tree, err := treebank.Parse(r.Parse)
	if err != nil {
		return nil, err
	}
	treebank.Align(tree, r.Text, 0)
	return tree, nil
}

// eventWriter writes one event; doc, when given, is the document it was
// coded from (for spans in the input's own bytes).
type eventWriter interface {
	write(e *dyad.Event, doc *dyad.Document) error
}

// codeLine is the JSON line written for one event.
type codeLine struct {
	ID            string         `json:"id"`
	Doc           string         `json:"doc"`
	Source        string         `json:"source"`
	Target        string         `json:"target"`
	Code          dyad.Code      `json:"code"`
	Root          string         `json:"root"`
	Quad          int            `json:"quad"`
	Goldstein     float64        `json:"goldstein"`
	PLOVER        string         `json:"plover"`
	Name          string         `json:"name,omitempty"`
	Date          string         `json:"date"`
	DatePrecision string         `json:"date_precision,omitempty"`
	DateText      string         `json:"date_text,omitempty"`
	Location      *dyad.Location `json:"location,omitempty"`
	Topics        []string       `json:"topics,omitempty"`
	Sentence      string         `json:"sentence"`
	Pattern       string         `json:"pattern"`
	Verb          string         `json:"verb"`
	Spans         codeSpans      `json:"spans"` // bytes of the (repaired) document text
	// OriginalSpans are the same spans in the bytes of the input, when repair
	// changed the text: a list each, as repair may have joined pieces that
	// are apart in the input.
	OriginalSpans *originalSpans `json:"original_spans,omitempty"`
	SourceActor   dyad.Actor     `json:"source_actor"`
	TargetActor   dyad.Actor     `json:"target_actor"`
}

// codeSpans are the byte spans of an event's parts in its document's text.
type codeSpans struct {
	Source dyad.Span `json:"source"`
	Target dyad.Span `json:"target"`
	Verb   dyad.Span `json:"verb"`
}

// originalSpans are an event's spans in the input's bytes.
type originalSpans struct {
	Source []dyad.Span `json:"source"`
	Target []dyad.Span `json:"target"`
	Verb   []dyad.Span `json:"verb"`
}

type jsonlWriter struct{ enc *json.Encoder }

func (w *jsonlWriter) write(e *dyad.Event, doc *dyad.Document) error {
	line := codeLine{
		ID: e.ID, Doc: e.Doc, Source: e.Source.Code, Target: e.Target.Code, Code: e.Code,
		Root: e.Root, Quad: e.Quad, Goldstein: e.Goldstein, PLOVER: e.PLOVER, Name: e.Name,
		Date: e.Date.Format(dyad.DateLayout), DatePrecision: e.DatePrecision, DateText: e.DateText,
		Location: e.Location, Topics: e.Topics, Sentence: e.Text, Pattern: e.Pattern, Verb: e.VerbText,
		Spans:       codeSpans{Source: e.Source.Span, Target: e.Target.Span, Verb: e.Verb},
		SourceActor: e.Source, TargetActor: e.Target,
	}
	if doc != nil && len(doc.Align) > 0 {
		line.OriginalSpans = &originalSpans{
			Source: doc.OriginalSpans(e.Source.Span),
			Target: doc.OriginalSpans(e.Target.Span),
			Verb:   doc.OriginalSpans(e.Verb),
		}
	}
	return w.enc.Encode(line)
}

type tableWriter struct{ w io.Writer }

func (t *tableWriter) write(e *dyad.Event, _ *dyad.Document) error {
	_, err := fmt.Fprintf(t.w, "%s\t%s\t%s\t%s\t%s\t%d\t%.1f\t%s\t%s\n", e.ID, eventDate(e), e.Source.Code, e.Target.Code, e.Code, e.Quad, e.Goldstein, e.PLOVER, e.VerbText)
	return err
}

// eventDate formats an event's date to its precision: 2022-04 for a month.
func eventDate(e *dyad.Event) string {
	switch e.DatePrecision {
	case dyad.PrecisionYear:
		return e.Date.Format("2006")
	case dyad.PrecisionMonth:
		return e.Date.Format("2006-01")
	}
	return e.Date.Format(dyad.DateLayout)
}
