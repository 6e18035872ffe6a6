package coder

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/source/petrxml"
	"github.com/dyadproject/dyad/treebank"
)

const devFile = "../testdata/petrarch/dev.xml"

// loadDev reads the dev records and their dictionaries.
func loadDev(t testing.TB) (*petrxml.File, *dict.Set) {
	t.Helper()
	fh, err := os.Open(devFile)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	f, err := petrxml.Read(devFile, fh)
	if err != nil {
		t.Fatal(err)
	}
	set, _ := dict.Load("../testdata/petrarch", f.Env.Files())
	if set == nil {
		t.Fatal("no dictionaries")
	}
	return f, set
}

// optionsOf returns the options in force for a record.
func optionsOf(r *petrxml.Record) Options {
	opt := DefaultOptions()
	for _, s := range r.Config {
		opt.Set(s.Option, s.Value)
	}
	return opt
}

type parsed struct {
	rec  *petrxml.Record
	tree *treebank.Node
	c    *Coder
}

// parseDev parses every dev record that has a well-formed tree.
func parseDev(t testing.TB) []parsed {
	f, set := loadDev(t)
	base := New(set, DefaultOptions())
	var out []parsed
	for i := range f.Records {
		r := &f.Records[i]
		tree, err := treebank.Parse(r.Parse)
		if err != nil {
			continue
		}
		treebank.Align(tree, r.Text, 0)
		out = append(out, parsed{r, tree, base.WithOptions(optionsOf(r))})
	}
	return out
}

// codeTree codes a bracketed tree with c and lists its events as
// "SOURCE TARGET CODE", joined by "; ".
func codeTree(t testing.TB, c *Coder, tree string, date time.Time) string {
	t.Helper()
	tr, err := treebank.Parse(tree)
	if err != nil {
		t.Fatal(err)
	}
	evs, err := c.Code(tr, date)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range evs {
		got = append(got, e.Source.Code+" "+e.Target.Code+" "+string(e.Code))
	}
	return strings.Join(got, "; ")
}
