package rawtest_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/chunk"
	"github.com/dyadproject/dyad/coder"
	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/eval"
	"github.com/dyadproject/dyad/source/petrxml"
)

// devXML is the repo's copy of the dev validation records.
const devXML = "../../testdata/petrarch/dev.xml"

// TestRawDevEval codes the dev records from their <Text> through this
// package's trees, ignoring <Parse>, and compares the exact-record rate with
// coding the gold parses: the "dyad eval --raw" figure of issue 3.
func TestRawDevEval(t *testing.T) {
	fh, err := os.Open(devXML)
	if err != nil {
		t.Skip("no dev records:", err)
	}
	defer fh.Close()
	f, err := petrxml.Read(devXML, fh)
	if err != nil && f == nil {
		t.Fatal(err)
	}
	env := f.Env
	set, err := dict.Load(filepath.Dir(devXML), dict.Files{Verbs: env.Verbs, Actors: []string{env.Actors}, Agents: env.Agents, Discards: env.Discards})
	if set == nil {
		t.Fatal(err)
	}
	base := coder.New(set, coder.DefaultOptions())
	parsed := eval.Evaluate(eval.Cases(f, eval.CoderPredict(base)))

	p := chunk.New(nil)
	cache := map[coder.Options]*coder.Coder{}
	raw := eval.Evaluate(eval.Cases(f, func(r *petrxml.Record) ([]eval.Triple, error) {
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
		tree := p.Parse(r.Text, dyad.Sentence{Span: dyad.Span{End: len(r.Text)}})
		evs, err := c.Code(tree, r.Date)
		var skip *coder.Skip
		if errors.As(err, &skip) || err != nil {
			return nil, err
		}
		out := make([]eval.Triple, len(evs))
		for i, e := range evs {
			out[i] = eval.Triple{Source: e.Source.Code, Target: e.Target.Code, Code: string(e.Code)}
		}
		return out, nil
	}))
	for _, s := range raw.Categories {
		t.Logf("%-10s %3d/%3d exact  P %.2f R %.2f", s.Category, s.Exact, s.Records, s.Precision, s.Recall)
	}
	t.Logf("raw text: %d/%d = %.1f%% exact; gold parses: %d/%d = %.1f%%",
		raw.Total.Exact, raw.Total.Records, raw.Total.ExactPct, parsed.Total.Exact, parsed.Total.Records, parsed.Total.ExactPct)
	if os.Getenv("DYAD_EVAL_FAILURES") != "" {
		for _, c := range raw.Failures {
			t.Logf("%s [%s] want %v got %v %s", c.ID, c.Category, c.Gold, c.Predicted, c.Error)
		}
	}
	if raw.Total.ExactPct < minRawExactPct {
		t.Errorf("raw-text exact records %.1f%% < pinned %.1f%%", raw.Total.ExactPct, minRawExactPct)
	}
}

// minRawExactPct pins the raw-text exact-record rate reached; it may only rise.
const minRawExactPct = 92.8
