package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/dyadproject/dyad/coder"
	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/source/petrxml"
)

const devFile = "../testdata/petrarch/dev.xml"

func loadDev(t testing.TB) (*petrxml.File, *coder.Coder) {
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
	env := f.Env
	set, err := dict.Load(filepath.Dir(devFile), dict.Files{Verbs: env.Verbs, Actors: []string{env.Actors}, Agents: env.Agents, Discards: env.Discards})
	if set == nil {
		t.Fatal(err)
	}
	return f, coder.New(set, coder.DefaultOptions())
}

// minExactPct pins the share of exact dev records reached; it may only rise.
const minExactPct = 97.6

func TestDevLevel(t *testing.T) {
	f, c := loadDev(t)
	r := Evaluate(Cases(f, CoderPredict(c)))
	for _, s := range r.Categories {
		t.Logf("%-10s %3d/%3d exact  P %.2f R %.2f", s.Category, s.Exact, s.Records, s.Precision, s.Recall)
	}
	t.Logf("TOTAL %d/%d = %.1f%%", r.Total.Exact, r.Total.Records, r.Total.ExactPct)
	if os.Getenv("DYAD_EVAL_FAILURES") != "" {
		for _, c := range r.Failures {
			fmt.Printf("%s [%s] want %v got %v %s\n", c.ID, c.Category, c.Gold, c.Predicted, c.Error)
		}
	}
	if r.Total.ExactPct < minExactPct {
		t.Errorf("exact records %.1f%% < pinned %.1f%%", r.Total.ExactPct, minExactPct)
	}
}
