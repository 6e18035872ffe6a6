package pipeline_test

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/eval"
	"github.com/dyadproject/dyad/pipeline"
)

// newsFile is the real-news regression set: the example sentences of the
// CAMEO codebook, annotated by hand (see testdata/news/README.md).
const newsFile = "../testdata/news/cameo_examples.tsv"

// Pinned floors of the news scores. The test fails when a score drops below
// its floor. They are the levels measured when the floor was last set,
// rounded down to the hundredth. To re-pin after an improvement, run
//
//	go test ./pipeline -run TestNewsRegression -v
//
// read the "news:" summary lines and raise the constants to the new values,
// rounded down. Never lower one to make a change pass without saying why in
// the commit message.
const (
	pinExactF1   = 0.60 // exact (source, target, code) triples (0.59 for part of session twelve: the ceasefire convention, see the commit lowering it)
	pinFamilyF1  = 0.68 // right root code and right actors (0.67 from session eleven to nineteen: see the commit lowering it)
	pinCountryF1 = 0.74 // right root code and right countries (0.75 until session twelve, as exact)
)

// readNews reads the news set.
func readNews(t testing.TB) []eval.NewsExample { return readNewsFile(t, newsFile) }

// readNewsFile reads a news set in the format of eval.ReadNews.
func readNewsFile(t testing.TB, path string) []eval.NewsExample {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	exs, err := eval.ReadNews(f)
	if err != nil {
		t.Fatal(err)
	}
	return exs
}

// newsPredict codes one example as a one-sentence document dated with the
// example's estimated story date.
func newsPredict(p *pipeline.Pipeline) func(ex *eval.NewsExample) ([]eval.Triple, error) {
	return func(ex *eval.NewsExample) ([]eval.Triple, error) {
		doc := &dyad.Document{ID: ex.ID, Text: ex.Sentence}
		if ex.Date != "" {
			d, err := time.Parse("2006-01-02", ex.Date)
			if err != nil {
				return nil, err
			}
			doc.Date = d
		}
		res, err := p.Process(context.Background(), doc)
		if err != nil {
			return nil, err
		}
		if res.Reject != nil {
			return nil, fmt.Errorf("rejected: %s", res.Reject.Reason)
		}
		var out []eval.Triple
		for _, e := range res.Events {
			out = append(out, eval.Triple{Source: e.Source.Code, Target: e.Target.Code, Code: string(e.Code)})
		}
		return out, nil
	}
}

func TestNewsRegression(t *testing.T) {
	exs := readNews(t)
	p := newPipeline(t)
	cases := eval.NewsCases(exs, newsPredict(p))
	r := eval.ScoreNews(cases)

	checkPins(t, "news", r, pinExactF1, pinFamilyF1, pinCountryF1)
	// The rate the issue asks for: sentences whose expected events all come
	// out with the right family and the right actors.
	t.Logf("news: family+actors all right in %d of %d sentences (%.1f%%)",
		r.Family.Total.Exact, r.Family.Total.Records, r.Family.Total.ExactPct)

	// High-confidence rows only: the part of the set least open to dispute.
	var high []eval.Case
	for i, c := range cases {
		if exs[i].Rows[0].Confidence == "high" {
			high = append(high, c)
		}
	}
	h := eval.ScoreNews(high)
	t.Logf("news: high-confidence sentences (%d): exact F1=%.3f, family+actors F1=%.3f, family+countries F1=%.3f",
		len(high), h.Exact.Total.F1, h.Family.Total.F1, h.Country.Total.F1)

	if testing.Verbose() {
		t.Log("news: per-sentence diff of the dev half (gold marks: = found exactly, ~ right family and actors, c right family and countries, x missed; then the dyad events not found exactly in gold)\n" + newsDiff(exs, cases))
	}
}

// checkPins logs the three levels of r and fails the test for each below
// its pinned floor.
func checkPins(t *testing.T, set string, r *eval.NewsReport, exact, family, country float64) {
	t.Helper()
	for _, l := range []struct {
		name string
		s    eval.Score
		pin  float64
	}{
		{"exact triples", r.Exact.Total, exact},
		{"family+actors", r.Family.Total, family},
		{"family+countries", r.Country.Total, country},
	} {
		t.Logf("%s: %-16s P=%.3f R=%.3f F1=%.3f (tp %d, gold %d, predicted %d; %d/%d sentences exact)",
			set, l.name, l.s.Precision, l.s.Recall, l.s.F1, l.s.TP, l.s.Gold, l.s.Predicted, l.s.Exact, l.s.Records)
		if l.s.F1 < l.pin {
			t.Errorf("%s %s F1 %.3f fell below the pinned %.2f", set, l.name, l.s.F1, l.pin)
		}
	}
}

// newsDiff is a table of every sentence's expected and predicted events.
// Only the dev half is listed: the held half's sentences stay unread (see
// testdata/news/README.md).
func newsDiff(exs []eval.NewsExample, cases []eval.Case) string {
	var b strings.Builder
	for i, c := range cases {
		if eval.Half(c.ID) != eval.HalfDev {
			continue
		}
		pred := map[eval.Triple]bool{}
		fam := map[eval.Triple]bool{}
		cty := map[eval.Triple]bool{}
		for _, p := range c.Predicted {
			pred[p] = true
			fam[eval.FamilyTriple(p)] = true
			cty[eval.CountryTriple(p)] = true
		}
		var gold []string
		used := map[eval.Triple]bool{}
		for _, g := range c.Gold {
			mark := "x"
			switch {
			case pred[g]:
				mark = "="
				used[g] = true
			case fam[eval.FamilyTriple(g)]:
				mark = "~"
			case cty[eval.CountryTriple(g)]:
				mark = "c"
			}
			gold = append(gold, fmt.Sprintf("%s %s>%s %s", mark, g.Source, g.Target, g.Code))
		}
		var extra []string
		for _, p := range c.Predicted {
			if !used[p] {
				extra = append(extra, fmt.Sprintf("%s>%s %s", p.Source, p.Target, p.Code))
			}
		}
		sort.Strings(extra)
		fmt.Fprintf(&b, "%-11s gold: %-40s other dyad events: %-40s %s\n", c.ID, strings.Join(gold, "; "),
			strings.Join(extra, "; "), short(exs[i].Sentence, 70))
		if c.Error != "" {
			fmt.Fprintf(&b, "%-11s error: %s\n", "", c.Error)
		}
	}
	return b.String()
}

func short(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// BenchmarkNewsSet codes the news set's sentences one document each.
func BenchmarkNewsSet(b *testing.B) {
	exs := readNews(b)
	p := newPipeline(b)
	predict := newsPredict(p)
	b.ResetTimer()
	events := 0
	for i := 0; i < b.N; i++ {
		for j := range exs {
			ts, err := predict(&exs[j])
			if err != nil {
				b.Fatal(err)
			}
			events += len(ts)
		}
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(b.N*len(exs))/sec, "sentences/s")
	b.ReportMetric(float64(events)/sec, "events/s")
}
