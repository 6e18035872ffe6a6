package coder

import (
	"strings"
	"sync"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/coref"
	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/treebank"
)

// Coder codes parse trees with one dictionary set and one set of options.
type Coder struct {
	d     *dict.Set
	opt   Options
	syn   map[string][][]string // synsets with nested synsets expanded
	scope scopes                // pattern comments naming their verbs
	pidx  *patternIndex         // which patterns a sentence's words allow
	plain bool                  // tests: try every pattern, without pidx
	pool  sync.Pool
	sur   func() surnames // people by surname, built on first use (surname.go)
}

// New returns a Coder. The dictionaries are shared, never changed.
func New(d *dict.Set, opt Options) *Coder {
	c := &Coder{d: d, opt: opt, syn: expandSynsets(d.Verbs), scope: scopesOf(d)}
	c.pidx = newPatternIndex(c)
	c.pool.New = func() any { return new(sent) }
	c.sur = sync.OnceValue(func() surnames { return newSurnames(d.Actors) })
	return c
}

// WithOptions returns a Coder sharing c's dictionaries with other options.
func (c *Coder) WithOptions(opt Options) *Coder {
	n := &Coder{d: c.d, opt: opt, syn: c.syn, scope: c.scope, pidx: c.pidx, plain: c.plain, sur: c.sur}
	n.pool.New = func() any { return new(sent) }
	return n
}

// Options returns the coder's options.
func (c *Coder) Options() Options { return c.opt }

// Skip is returned when a sentence is deliberately not coded: a discard phrase
// was found, or the tree has the shape of a dateline.
type Skip struct {
	Reason string // "sentencediscard", "storydiscard" or "dateline"
	Detail string
}

func (s *Skip) Error() string {
	if s.Detail != "" {
		return s.Reason + ": " + s.Detail
	}
	return s.Reason
}

// Code codes one sentence tree. The sentence date chooses date-restricted
// actor codes. Events carry Source, Target, Code, Verb, VerbText and Pattern;
// spans come from the leaves' Start/End offsets. A *Skip error says why a
// sentence was not coded. Topics are the issue dictionary's codes found in
// the sentence.
func (c *Coder) Code(tree *treebank.Node, date time.Time) ([]dyad.Event, error) {
	return c.CodeIn(tree, date, nil, 0)
}

// CodeIn codes sentence number index of a document, like Code, resolving its
// references (pronouns, "both sides", "the delegation", capitals) against
// the mentions refs holds from the sentences before it, and adding the
// sentence's own actor mentions to refs. Code the sentences of a document
// in order with one Resolver; nil refs codes the sentence on its own.
func (c *Coder) CodeIn(tree *treebank.Node, date time.Time, refs *coref.Resolver, index int) ([]dyad.Event, error) {
	if tree == nil {
		return nil, dyad.Errorf(dyad.EINVALID, "coder: nil tree")
	}
	s := c.pool.Get().(*sent)
	defer c.pool.Put(s)
	s.reset(c, tree, date)
	s.refs, s.sentIdx = refs, index
	defer func() { s.refs = nil }()
	if d := c.d.Discards.FindWords(s.words); d != nil {
		r := "sentencediscard"
		if d.Story {
			r = "storydiscard"
		}
		return nil, &Skip{Reason: r, Detail: d.Text}
	}
	if isDateline(tree) {
		return nil, &Skip{Reason: "dateline"}
	}
	s.dropCommaClauses()
	s.findActors()
	s.venueActors() // venue.go
	if refs != nil {
		s.resolveRefs()
	}
	evs := s.pastOwnOrgan(s.codeVerbs())
	if len(evs) > 0 {
		if topics := c.d.Issues.Find(s.words); len(topics) > 0 {
			for i := range evs {
				evs[i].Topics = topics
			}
		}
	}
	return evs, nil
}

// isDateline reports the "CITY: --" shape: a root that is a bare noun phrase
// starting with a proper-noun phrase and a colon.
func isDateline(t *treebank.Node) bool {
	if t.Label == "ROOT" && len(t.Children) == 1 {
		t = t.Children[0]
	}
	if t.Label != "NP" || len(t.Children) < 2 {
		return false
	}
	return t.Children[0].Label == "NP" && t.Children[1].Label == ":"
}

func expandSynsets(v *dict.Verbs) map[string][][]string {
	out := map[string][][]string{}
	if v == nil {
		return out
	}
	var expand func(name string, depth int) [][]string
	expand = func(name string, depth int) [][]string {
		s := v.Synsets[name]
		if s == nil || depth > 8 {
			return nil
		}
		var ps [][]string
		for _, p := range s.Phrases {
			if len(p) == 1 && strings.HasPrefix(p[0], "&") {
				ps = append(ps, expand(p[0], depth+1)...)
				continue
			}
			ps = append(ps, p)
		}
		return ps
	}
	for name := range v.Synsets {
		out[name] = expand(name, 0)
	}
	return out
}
