package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/export"
)

func init() {
	register(&Command{Name: "export", Summary: "write stored events as GDELT, Phoenix, PLOVER, CSV or JSON lines", Run: runExport})
}

func runExport(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet("export", "--db FILE --format gdelt|phoenix|plover|csv|jsonl [--with-topics] [filters] [-o FILE]")
	db := fs.String("db", "dyad.db", "event store `file`")
	format := fs.String("format", "jsonl", "output format: "+strings.Join(export.Formats, ", "))
	out := fs.String("o", "", "write to this `file` instead of standard output")
	withTopics := fs.Bool("with-topics", false, "gdelt: add the topics as a 62nd column (GDELT readers expect 61)")
	ff := addFilterFlags(fs)
	f, err := ff.parse(fs, args)
	if err != nil {
		return err
	}
	store, err := openStore(*db)
	if err != nil {
		return err
	}
	defer store.Close()
	dst := m.Stdout
	var file *os.File
	if *out != "" {
		if file, err = os.Create(*out); err != nil {
			return dyad.E(dyad.EINVALID, "export", err)
		}
		defer file.Close()
		dst = file
	}
	w, err := export.NewWith(*format, dst, export.Options{WithTopics: *withTopics})
	if err != nil {
		return err
	}
	n, err := export.All(ctx, store, f, w)
	if err != nil {
		return err
	}
	if file != nil {
		if err := file.Close(); err != nil {
			return dyad.E(dyad.EINTERNAL, "export", err)
		}
		fmt.Fprintf(m.Stderr, "%d events written to %s\n", n, *out)
	}
	return nil
}
