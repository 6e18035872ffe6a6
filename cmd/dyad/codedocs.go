package main

import (
	"context"
	"flag"
	"fmt"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/pipeline"
	"github.com/dyadproject/dyad/source"
)

// docCounts is what coding documents did, for the summary line.
type docCounts struct {
	docs, sentences, events, rejected, skipped int
	load                                       time.Duration // building the pipeline: dictionaries and models
}

// codeDocs reads plain text, JSON lines, HTML and WARC inputs (files,
// folders, "-") and codes them through the pipeline with workers goroutines,
// writing events in input order. Rejected and skipped inputs are reported on
// stderr, one line each, naming the input and offset.
func codeDocs(ctx context.Context, m *Main, inputs []string, opts source.Options, cfg pipeline.Config, workers int, emit func(*dyad.Event, *dyad.Document) error) (docCounts, error) {
	var n docCounts
	t0 := time.Now()
	proc, err := pipeline.New(cfg)
	if err != nil {
		return n, err
	}
	n.load = time.Since(t0)
	report := func(r dyad.Reject) {
		if r.Kind == "skipped" {
			n.skipped++
		} else {
			n.rejected++
		}
		fmt.Fprintf(m.Stderr, "dyad code: %s %s\n", r.Kind, rejectWhere(r))
	}
	read := func(ctx context.Context, doc func(*dyad.Document) error) error {
		return source.Walk(ctx, inputs, opts, doc, report)
	}
	err = pipeline.Stream(ctx, proc, workers, read, func(res *dyad.Result) error {
		if res.Reject != nil {
			r := *res.Reject
			if r.Input == "" {
				r.Input, r.Offset, r.DocID = res.Doc.Input, res.Doc.InputOffset, res.Doc.ID
			}
			report(r)
			return nil
		}
		n.docs++
		n.sentences += len(res.Doc.Sentences)
		for i := range res.Events {
			n.events++
			if err := emit(&res.Events[i], res.Doc); err != nil {
				return err
			}
		}
		return nil
	})
	return n, err
}

// coderFlags adds the switches of the coding pipeline that code, ingest
// and worker share (--no-clean, --no-learn) and returns the Config they
// choose once the flags are parsed.
func coderFlags(fs *flag.FlagSet) func() pipeline.Config {
	noClean := fs.Bool("no-clean", false, "code the text as given, without repair")
	noLearn := fs.Bool("no-learn", false, "code with the rule coder alone, without the learned component (docs/notes/learn.md)")
	return func() pipeline.Config { return pipeline.Config{NoClean: *noClean, NoLearn: *noLearn} }
}

// readerOptions completes the reader options of code, clean, ingest and
// enqueue: it checks the input format (named flag in messages) and reads the
// publication date given for documents whose input has none.
func readerOptions(opts *source.Options, flag, date string) error {
	if !source.ValidFormat(opts.Format) {
		return dyad.Errorf(dyad.EINVALID, "%s %q: want text, jsonl, html or warc", flag, opts.Format)
	}
	if date == "" {
		return nil
	}
	var err error
	opts.Date, err = dyad.ParseDate(date)
	return err
}

// rejectWhere formats a reject as "file:line: reason" or "file@offset: reason".
func rejectWhere(r dyad.Reject) string {
	pe := dyad.PosError{File: r.Input, Line: r.Line, Offset: r.Offset, Msg: r.Reason}
	s := pe.Error()
	if r.DocID != "" {
		s += " (document " + r.DocID + ")"
	}
	if r.Detail != "" {
		s += " [" + r.Detail + "]"
	}
	return s
}

// String is the summary line. The rate leaves out loading the dictionaries,
// which is most of a short run: 16 sentences in 0.44 s are not 36 sentences/s
// but 0.39 s of loading and 370 sentences/s of coding.
func (n docCounts) String(elapsed time.Duration) string {
	coding := max(elapsed-n.load, time.Microsecond)
	return fmt.Sprintf("%d documents, %d sentences, %d events, %d rejected, %d skipped in %s (dictionaries %s, coding %s: %.0f sentences/s)",
		n.docs, n.sentences, n.events, n.rejected, n.skipped, elapsed.Round(time.Millisecond),
		n.load.Round(time.Millisecond), coding.Round(time.Millisecond), float64(n.sentences)/coding.Seconds())
}
