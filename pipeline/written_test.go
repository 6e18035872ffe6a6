package pipeline_test

import (
	"os"
	"testing"

	"github.com/dyadproject/dyad/eval"
)

// writtenFile is the second news set: wire-style sentences written and
// annotated for dyad by an annotator who never saw its output, with
// sentences that hold no event (see testdata/news/README.md).
const writtenFile = "../testdata/news/written.tsv"

// Pinned floors of the written set's scores, set and raised as the news
// set's are (see pinExactF1).
const (
	pinWrittenExactF1   = 0.33
	pinWrittenFamilyF1  = 0.46
	pinWrittenCountryF1 = 0.61
)

func TestWrittenRegression(t *testing.T) {
	f, err := os.Open(writtenFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	exs, err := eval.ReadNews(f)
	if err != nil {
		t.Fatal(err)
	}
	none := 0
	for _, ex := range exs {
		if len(ex.Gold) == 0 {
			none++
		}
	}
	if none == 0 {
		t.Fatal("the written set has no no-event sentences: are its '-' rows read?")
	}
	cases := eval.NewsCases(exs, newsPredict(newPipeline(t)))
	r := eval.ScoreNews(cases)
	for _, l := range []struct {
		name string
		s    eval.Score
		pin  float64
	}{
		{"exact triples", r.Exact.Total, pinWrittenExactF1},
		{"family+actors", r.Family.Total, pinWrittenFamilyF1},
		{"family+countries", r.Country.Total, pinWrittenCountryF1},
	} {
		t.Logf("written: %-16s P=%.3f R=%.3f F1=%.3f (tp %d, gold %d, predicted %d; %d/%d sentences exact)",
			l.name, l.s.Precision, l.s.Recall, l.s.F1, l.s.TP, l.s.Gold, l.s.Predicted, l.s.Exact, l.s.Records)
		if l.s.F1 < l.pin {
			t.Errorf("written %s F1 %.3f fell below the pinned %.2f", l.name, l.s.F1, l.pin)
		}
	}
	if testing.Verbose() {
		t.Log("written: per-sentence diff\n" + newsDiff(exs, cases))
	}
}
