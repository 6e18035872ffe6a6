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
	set, err := dict.Load(filepath.Dir(devFile), f.Env.Files())
	if set == nil {
		t.Fatal(err)
	}
	return f, coder.New(set, coder.DefaultOptions())
}

// minExactPct pins the share of exact dev records reached; it may only rise.
const minExactPct = 97.6

// minExact pins the exact records reached per category (of ACTOR 9, AGENT 13,
// COMPOUND 25, COMPOUNDx 1, DATE 13, DEMO 21, ERROR 4, MODIFY 12, PARSING 7,
// PATTERN 17, SYNSET 31, VERB 14). The misses are discussed in
// docs/notes/coder.md: DEMO-25, COMPOUND-34, COMPOUND-35, COMMA-06.
var minExact = map[string]int{
	"ACTOR": 9, "AGENT": 13, "COMPOUND": 23, "COMPOUNDx": 1, "DATE": 13, "DEMO": 20,
	"ERROR": 4, "MODIFY": 11, "PARSING": 7, "PATTERN": 17, "SYNSET": 31, "VERB": 14,
}

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
	for _, s := range r.Categories {
		if s.Exact < minExact[s.Category] {
			t.Errorf("%s: %d exact records < pinned %d", s.Category, s.Exact, minExact[s.Category])
		}
	}
	if r.Total.ExactPct < minExactPct {
		t.Errorf("exact records %.1f%% < pinned %.1f%%", r.Total.ExactPct, minExactPct)
	}
}
