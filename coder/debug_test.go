package coder

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/source/petrxml"
	"github.com/dyadproject/dyad/treebank"
)

// TestDebugRecord prints how the records named in DYAD_DEBUG are coded.
func TestDebugRecord(t *testing.T) {
	ids := os.Getenv("DYAD_DEBUG")
	if ids == "" {
		t.Skip("set DYAD_DEBUG=ID,ID")
	}
	fh, _ := os.Open("../testdata/petrarch/dev.xml")
	f, _ := petrxml.Read("dev.xml", fh)
	set, _ := dict.Load("../testdata/petrarch", dict.Files{Verbs: f.Env.Verbs, Actors: []string{f.Env.Actors}, Agents: f.Env.Agents, Discards: f.Env.Discards})
	for _, r := range f.Records {
		if !strings.Contains(","+ids+",", ","+r.ID+",") {
			continue
		}
		opt := DefaultOptions()
		for _, s := range r.Config {
			opt.Set(s.Option, s.Value)
		}
		c := New(set, opt)
		tree, err := treebank.Parse(r.Parse)
		if err != nil {
			fmt.Println(r.ID, err)
			continue
		}
		s := &sent{}
		s.reset(c, tree, r.Date)
		s.findActors()
		fmt.Printf("== %s %s %+v\n%s\n", r.ID, r.Text, opt, tree)
		for _, m := range s.nes {
			var cs []string
			for _, a := range m.codes {
				cs = append(cs, a.code)
			}
			fmt.Printf("  NE %d-%d %q %v\n", m.first, m.last, s.text(m.first, m.last), cs)
		}
		for i := range s.leaves {
			if f, vs, ve := s.verbAt(i); f != nil && strings.HasPrefix(s.tags[i], "VB") {
				fmt.Printf("  VERB %q block %s code %s vpEnd %d (%d-%d)\n", s.words[i], set.Verbs.Blocks[f.Block].Name, f.Code, s.vpEnd[i], vs, ve)
			}
		}
		evs, err := c.Code(tree, r.Date)
		for _, e := range evs {
			fmt.Printf("  EV %s %s %s  %s\n", e.Source.Code, e.Target.Code, e.Code, e.Pattern)
		}
		fmt.Println("  want", r.Expected, err, time.Duration(0))
	}
}
