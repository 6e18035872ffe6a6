package eval

import (
	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/chunk"
	"github.com/dyadproject/dyad/coder"
	"github.com/dyadproject/dyad/source/petrxml"
	"github.com/dyadproject/dyad/treebank"
)

// Cases builds the scoring cases of the sentence="true" records of a PETR XML
// file; predict returns the events predicted for a record (or an error).
func Cases(f *petrxml.File, predict func(r *petrxml.Record) ([]Triple, error)) []Case {
	var out []Case
	for i := range f.Records {
		r := &f.Records[i]
		if !r.Sentence {
			continue
		}
		c := Case{ID: r.ID, Category: r.Category}
		for _, e := range r.Expected {
			switch {
			case e.Error != "":
				c.WantError = e.Error
			case e.NoEvents:
			default:
				c.Gold = append(c.Gold, Triple{e.Source, e.Target, e.Code})
			}
		}
		pred, err := predict(r)
		c.Predicted = pred
		if err != nil {
			c.Error = err.Error()
		}
		out = append(out, c)
	}
	return out
}

// CoderPredict returns a predict function that codes each record's <Parse>
// with base's dictionaries and the record's <Config> options.
func CoderPredict(base *coder.Coder) func(r *petrxml.Record) ([]Triple, error) {
	return predict(base, func(r *petrxml.Record) (*treebank.Node, error) {
		return treebank.Parse(r.Parse)
	})
}

// RawPredict returns a predict function that ignores each record's <Parse>
// and codes its <Text> as parsed by dyad's own shallow parser (package
// chunk), with base's dictionaries and the record's <Config> options: the
// "dyad eval --raw" figure.
func RawPredict(base *coder.Coder) func(r *petrxml.Record) ([]Triple, error) {
	p := chunk.New(nil)
	return predict(base, func(r *petrxml.Record) (*treebank.Node, error) {
		return p.Parse(r.Text, dyad.Sentence{Span: dyad.Span{End: len(r.Text)}}), nil
	})
}

// predict codes the tree that treeOf gives for a record with the record's
// <Config> options.
func predict(base *coder.Coder, treeOf func(r *petrxml.Record) (*treebank.Node, error)) func(r *petrxml.Record) ([]Triple, error) {
	cache := map[coder.Options]*coder.Coder{}
	return func(r *petrxml.Record) ([]Triple, error) {
		opt := coder.DefaultOptions()
		for _, s := range r.Config {
			if err := opt.Set(s.Option, s.Value); err != nil {
				return nil, err
			}
		}
		c := cache[opt]
		if c == nil {
			c = base.WithOptions(opt)
			cache[opt] = c
		}
		tree, err := treeOf(r)
		if err != nil {
			return nil, err
		}
		evs, err := c.Code(tree, r.Date)
		if err != nil {
			return nil, err // a *coder.Skip too: the record expects no events then
		}
		out := make([]Triple, len(evs))
		for i, e := range evs {
			out[i] = Triple{e.Source.Code, e.Target.Code, string(e.Code)}
		}
		return out, nil
	}
}
