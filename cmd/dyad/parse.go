package main

import (
	"context"
	"fmt"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/chunk"
	"github.com/dyadproject/dyad/clean"
	"github.com/dyadproject/dyad/pipeline"
	"github.com/dyadproject/dyad/sentence"
	"github.com/dyadproject/dyad/source"
)

func init() {
	register(&Command{Name: "parse", Summary: "print the phrase-structure tree dyad's parser gives each sentence", Run: runParse})
}

// runParse prints, for each sentence of each document, the tree the coder
// reads: the same repair, split and parse as "dyad code". It is how a user
// finds out why a sentence was coded as it was (or not at all).
func runParse(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet("parse", "[--text SENTENCES] [--no-clean] [--input-format F] [FILE|DIR|-...]")
	text := fs.String("text", "", "parse this text instead of reading files")
	noClean := fs.Bool("no-clean", false, "parse the text as given, without repair")
	inFormat := fs.String("input-format", "", "input format: text, jsonl, html or warc (default: sniffed per file)")
	files, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if (*text == "") == (len(files) == 0) {
		fs.Usage()
		return dyad.Errorf(dyad.EINVALID, "give either --text or inputs (files, folders or - for stdin)")
	}
	var repair clean.Options
	if !*noClean {
		// The skipped rows' errors are New's to report; without names, stop.
		if repair.Names, err = pipeline.DefaultNames(); repair.Names == nil {
			return err
		}
	}
	parser := chunk.New(nil)
	print := func(doc *dyad.Document) {
		if !*noClean {
			clean.Repair(doc, repair)
		}
		for _, s := range sentence.Split(doc) {
			tree := parser.Parse(doc.Text, s)
			fmt.Fprintf(m.Stdout, "%s#%d\t%s\n", doc.ID, s.Index+1, tree)
		}
	}
	if *text != "" {
		print(&dyad.Document{ID: "text", Text: *text})
		return nil
	}
	opts := source.Options{Format: *inFormat, Stdin: m.Stdin}
	if err := readerOptions(&opts, "--input-format", ""); err != nil {
		return err
	}
	rejected := 0
	err = source.Walk(ctx, files, opts, func(doc *dyad.Document) error {
		print(doc)
		return nil
	}, func(r dyad.Reject) {
		rejected++
		fmt.Fprintf(m.Stderr, "dyad parse: %s %s\n", r.Kind, rejectWhere(r))
	})
	if err != nil {
		return err
	}
	if rejected > 0 {
		return fmt.Errorf("rejected inputs: %d: %w", rejected, errPartial)
	}
	return nil
}
