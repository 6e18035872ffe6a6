package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/pipeline"
	"github.com/dyadproject/dyad/source/petrxml"
)

// readPETR reads a PETR XML record file. Malformed records are reported on
// stderr and skipped; an unreadable file is an error.
func readPETR(m *Main, path string) (*petrxml.File, error) {
	fh, err := os.Open(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, dyad.Errorf(dyad.ENOTFOUND, "%s: no such file", path)
		}
		return nil, dyad.E(dyad.EINVALID, path, err)
	}
	defer fh.Close()
	f, err := petrxml.Read(path, fh)
	if f == nil {
		return nil, err
	}
	warnList(m.Stderr, err)
	return f, nil
}

// petrDicts loads the dictionaries a PETR file's <Environment> names, from
// dictDir when given, else from the XML file's directory. A file without an
// <Environment> (or naming no verb file) is coded with the embedded set.
func petrDicts(m *Main, f *petrxml.File, xmlPath, dictDir string) (*dict.Set, error) {
	if f.Env == nil || f.Env.Verbs == "" {
		set, _ := pipeline.DefaultDicts() // known malformed shipped lines are for "dyad dict check"
		return set, nil
	}
	dir := dictDir
	if dir == "" {
		dir = filepath.Dir(xmlPath)
	}
	set, err := dict.Load(dir, f.Env.Files())
	if set == nil {
		return nil, err
	}
	warnList(m.Stderr, err)
	return set, nil
}

// warnList prints the first lines of a positioned error list as warnings.
func warnList(w io.Writer, err error) {
	var list dyad.ErrorList
	if !errors.As(err, &list) {
		if err != nil {
			fmt.Fprintf(w, "warning: %v\n", err)
		}
		return
	}
	for i, e := range list {
		if i == 5 {
			fmt.Fprintf(w, "warning: ... and %d more (run 'dyad dict check')\n", len(list)-5)
			break
		}
		fmt.Fprintf(w, "warning: %v\n", e)
	}
}
