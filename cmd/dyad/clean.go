package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/clean"
)

func init() {
	register(&Command{Name: "clean", Summary: "repair damaged text and report what was repaired", Run: runClean})
}

// cleanReport is one line of "dyad clean --report".
type cleanReport struct {
	Input   string        `json:"input"`
	Lang    string        `json:"lang,omitempty"`
	Skipped string        `json:"skipped,omitempty"`
	Quality *dyad.Quality `json:"quality"`
}

func runClean(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet("clean", "[--report] [--date YYYY-MM-DD] FILE...")
	report := fs.Bool("report", false, "print the quality report of each document as JSON lines instead of the text")
	date := fs.String("date", "", "publication date of the documents (YYYY-MM-DD)")
	files, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		fs.Usage()
		return dyad.Errorf(dyad.EINVALID, "no input files")
	}
	var when dyad.Document
	if *date != "" {
		if when.Date, err = dyad.ParseDate(*date); err != nil {
			return err
		}
	}
	enc := json.NewEncoder(m.Stdout)
	rejected, printed := 0, 0
	for _, name := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		b, err := os.ReadFile(name)
		if err != nil {
			fmt.Fprintf(m.Stderr, "dyad clean: %v\n", err)
			rejected++
			continue
		}
		doc := &dyad.Document{Input: name, Format: "text", Text: string(b), Date: when.Date}
		clean.Repair(doc, clean.Options{})
		if *report {
			rep := cleanReport{Input: name, Lang: doc.Lang, Quality: doc.Quality}
			if rj := clean.Skipped(doc); rj != nil {
				rep.Skipped = rj.Detail
			}
			if err := enc.Encode(rep); err != nil {
				return dyad.E(dyad.EINTERNAL, "clean", err)
			}
			continue
		}
		if printed > 0 {
			fmt.Fprintln(m.Stdout) // a blank line between documents
		}
		printed++
		fmt.Fprint(m.Stdout, doc.Text)
		if !strings.HasSuffix(doc.Text, "\n") {
			fmt.Fprintln(m.Stdout)
		}
	}
	if rejected > 0 {
		return fmt.Errorf("%d of %d files could not be read: %w", rejected, len(files), errPartial)
	}
	return nil
}
