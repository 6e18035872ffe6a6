package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/report"
	"github.com/dyadproject/dyad/topic"
)

func init() {
	register(&Command{Name: "report", Summary: "write an HTML or Markdown report on a dyad: trends, topics, top events, comparisons", Run: runReport})
}

func runReport(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet("report", "--db FILE --dyad CHN-IRN [--compare CHN-SAU,CHN-ARE] [--since 2016] [--topic ARMS] [--format html|md|json] [--out FILE]")
	db := fs.String("db", "dyad.db", "event store `file`")
	dy := fs.String("dyad", "", "the dyad reported on: SOURCE-TARGET actor code prefixes, e.g. CHN-IRN")
	compare := fs.String("compare", "", "comparison dyads, comma-separated: CHN-SAU,CHN-ARE")
	format := fs.String("format", "", "html (one self-contained page), md (Markdown with PNG charts beside it) or json; default from --out's extension, else html")
	out := fs.String("out", "", "write to this `file` (default report.html, report.md or standard output for json)")
	top := fs.Int("top", 10, "most reported events listed for the dyad (half as many per comparison dyad)")
	ff := addFilterFlags(fs)
	f, err := ff.parse(fs, args)
	if err != nil {
		return err
	}
	if f.Source != "" || f.Target != "" || f.Actor != "" {
		return dyad.Errorf(dyad.EINVALID, "report: give the actors with --dyad SOURCE-TARGET, not --source, --target or --actor")
	}
	if *dy == "" {
		fs.Usage()
		return dyad.Errorf(dyad.EINVALID, "report: --dyad is required")
	}
	o := report.Options{Filter: f, Top: *top}
	if o.Dyad, err = report.ParseDyad(*dy); err != nil {
		return err
	}
	if o.Compare, err = report.ParseDyads(*compare); err != nil {
		return err
	}
	if *format == "" {
		switch strings.ToLower(filepath.Ext(*out)) {
		case ".md", ".markdown":
			*format = "md"
		case ".json":
			*format = "json"
		default:
			*format = "html"
		}
	}
	if *out == "" && *format != "json" {
		*out = "report." + *format
	}
	o.Definitions = map[string]string{}
	for _, d := range topic.Default().Definitions() {
		o.Definitions[d.Code] = d.Text
	}
	store, err := openStore(*db)
	if err != nil {
		return err
	}
	defer store.Close()
	r, err := report.Build(ctx, store, o)
	if err != nil {
		return err
	}
	switch *format {
	case "json":
		w := m.Stdout
		if *out != "" {
			file, err := os.Create(*out)
			if err != nil {
				return dyad.E(dyad.EINVALID, "report", err)
			}
			defer file.Close()
			w = file
		}
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	case "html":
		file, err := os.Create(*out)
		if err != nil {
			return dyad.E(dyad.EINVALID, "report", err)
		}
		defer file.Close()
		if err := r.WriteHTML(file); err != nil {
			return err
		}
		if err := file.Close(); err != nil {
			return dyad.E(dyad.EINTERNAL, "report", err)
		}
	case "md":
		if err := r.WriteMarkdown(*out); err != nil {
			return err
		}
	default:
		return dyad.Errorf(dyad.EINVALID, "format %q: want html, md or json", *format)
	}
	fmt.Fprintf(m.Stderr, "report on %s (%d events) written to %s\n", o.Dyad.Label(), r.Main.Events, *out)
	return nil
}
