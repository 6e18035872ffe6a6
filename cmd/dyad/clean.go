package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/clean"
	"github.com/dyadproject/dyad/pipeline"
	"github.com/dyadproject/dyad/source"
)

func init() {
	register(&Command{Name: "clean", Summary: "repair damaged text and report what was repaired", Run: runClean})
}

// cleanReport is one line of "dyad clean --report".
type cleanReport struct {
	Input   string        `json:"input"`
	Doc     string        `json:"doc"`
	Lang    string        `json:"lang,omitempty"`
	Skipped string        `json:"skipped,omitempty"`
	Quality *dyad.Quality `json:"quality"`
}

func runClean(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet("clean", "[--report] [--date YYYY-MM-DD] [--input-format F] FILE|DIR|-...")
	report := fs.Bool("report", false, "print the quality report of each document as JSON lines instead of the text")
	date := fs.String("date", "", "publication date of the documents (YYYY-MM-DD)")
	inFormat := fs.String("input-format", "", "input format: text, jsonl, html or warc (default: sniffed per file)")
	files, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		fs.Usage()
		return dyad.Errorf(dyad.EINVALID, "no inputs: name files, folders or - for stdin")
	}
	opts := source.Options{Format: *inFormat, Stdin: m.Stdin}
	if err := readerOptions(&opts, "--input-format", *date); err != nil {
		return err
	}
	// The skipped rows' errors are New's to report; without names, stop.
	names, err := pipeline.DefaultNames()
	if names == nil {
		return err
	}
	enc := json.NewEncoder(m.Stdout)
	rejected, printed := 0, 0
	reject := func(r dyad.Reject) {
		rejected++
		fmt.Fprintf(m.Stderr, "dyad clean: %s %s\n", r.Kind, rejectWhere(r))
	}
	err = source.Walk(ctx, files, opts, func(doc *dyad.Document) error {
		clean.Repair(doc, clean.Options{Names: names})
		if *report {
			rep := cleanReport{Input: doc.Input, Doc: doc.ID, Lang: doc.Lang, Quality: doc.Quality}
			if rj := clean.Skipped(doc); rj != nil {
				rep.Skipped = rj.Detail
			}
			if err := enc.Encode(rep); err != nil {
				return dyad.E(dyad.EINTERNAL, "clean", err)
			}
			return nil
		}
		if printed > 0 {
			fmt.Fprintln(m.Stdout) // a blank line between documents
		}
		printed++
		fmt.Fprint(m.Stdout, doc.Text)
		if !strings.HasSuffix(doc.Text, "\n") {
			fmt.Fprintln(m.Stdout)
		}
		return nil
	}, reject)
	if err != nil {
		return err
	}
	if rejected > 0 {
		return fmt.Errorf("rejected inputs: %d: %w", rejected, errPartial)
	}
	return nil
}
