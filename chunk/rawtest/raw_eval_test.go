package rawtest_test

import (
	"os"
	"path/filepath"
	"testing"

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
	set, err := dict.Load(filepath.Dir(devXML), f.Env.Files())
	if set == nil {
		t.Fatal(err)
	}
	base := coder.New(set, coder.DefaultOptions())
	parsed := eval.Evaluate(eval.Cases(f, eval.CoderPredict(base)))

	raw := eval.Evaluate(eval.Cases(f, eval.RawPredict(base)))
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
