package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"text/tabwriter"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/coder"
	"github.com/dyadproject/dyad/eval"
	"github.com/dyadproject/dyad/pipeline"
)

func init() {
	register(&Command{Name: "eval", Summary: "score the coder against PETR validation records", Run: runEval})
}

func runEval(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet("eval", "[--json] [--raw] [--dict DIR] [-v] FILE.xml | --news [--json] [-v] [--by-pattern] [--no-learn] [--half dev|held] [--against OTHER.tsv] FILE.tsv...")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	dictDir := fs.String("dict", "", "directory holding the dictionaries an <Environment> names (default: beside the XML file)")
	verbose := fs.Bool("v", false, "list the records that were not coded exactly")
	raw := fs.Bool("raw", false, "ignore <Parse> and code each record's <Text> with dyad's own parser")
	news := fs.Bool("news", false, "FILE is a news set (TSV: id, code, source, target, sentence; see testdata/news) coded from raw text")
	half := fs.String("half", "", "with --news: score only the `dev` or the held half of each set (see testdata/news/README.md)")
	against := fs.String("against", "", "with --news: score the annotation in `OTHER.tsv` (same ids and sentences) instead of dyad's output, to measure how far two annotators agree")
	noLearn := fs.Bool("no-learn", false, "with --news: score the rule coder alone, without the learned component (package learn, docs/notes/learn.md)")
	byPattern := fs.Bool("by-pattern", false, "with --news: also account for every coded event by the pattern that fired (events, exact, another code, another family, wrong actor, extra, the expected codes it was confused with), most errors first")
	files, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if *against != "" && !*news {
		return dyad.Errorf(dyad.EINVALID, "--against needs --news")
	}
	if *byPattern && (!*news || *against != "") {
		return dyad.Errorf(dyad.EINVALID, "--by-pattern needs --news and dyad's own output")
	}
	if *news && len(files) > 0 {
		return evalNews(ctx, m, files, newsOptions{half: *half, against: *against, asJSON: *asJSON, verbose: *verbose, byPattern: *byPattern, noLearn: *noLearn})
	}
	if len(files) != 1 {
		fs.Usage()
		return dyad.Errorf(dyad.EINVALID, "want one FILE.xml")
	}
	f, err := readPETR(m, files[0])
	if err != nil {
		return err
	}
	set, err := petrDicts(m, f, files[0], *dictDir)
	if err != nil {
		return err
	}
	predict := eval.CoderPredict
	if *raw {
		predict = eval.RawPredict
	}
	r := eval.Evaluate(eval.Cases(f, predict(coder.New(set, coder.DefaultOptions()))))
	if *asJSON {
		if !*verbose {
			r.Failures = nil
		}
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	}
	tw := tabwriter.NewWriter(m.Stdout, 2, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "category\trecords\texact\texact%\tgold\tpredicted\ttp\tfn\tfp\tprecision\trecall\tF1\t")
	row := func(s eval.Score) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.1f\t%d\t%d\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t\n",
			s.Category, s.Records, s.Exact, s.ExactPct, s.Gold, s.Predicted, s.TP, s.FN, s.FP, s.Precision, s.Recall, s.F1)
	}
	for _, s := range r.Categories {
		row(s)
	}
	row(r.Total)
	tw.Flush()
	if *verbose {
		for _, c := range r.Failures {
			fmt.Fprintf(m.Stdout, "%s [%s] want %v got %v %s\n", c.ID, c.Category, c.Gold, c.Predicted, c.Error)
		}
	}
	return nil
}

// newsOptions are the flags of "dyad eval --news".
type newsOptions struct {
	half, against              string
	asJSON, verbose, byPattern bool
	noLearn                    bool
}

// evalNews scores the raw-text pipeline on hand-annotated news sets at three
// levels: exact triples, right family with right actors, right family with
// right countries. Several sets are scored as one (their counts summed),
// each cut to the same half; their ids are then prefixed with the file's
// base name, which keeps them apart.
//
// With against, the annotation in that file takes the place of dyad's
// output (one set only): the examples it annotates are scored, the others
// left out. With byPattern, the report also accounts for each coded event
// by the pattern that fired (eval.ByPattern).
func evalNews(ctx context.Context, m *Main, paths []string, o newsOptions) error {
	half, asJSON, verbose := o.half, o.asJSON, o.verbose
	if half != "" && half != eval.HalfDev && half != eval.HalfHeld {
		return dyad.Errorf(dyad.EINVALID, "--half %q: want dev or held", half)
	}
	if o.against != "" && len(paths) != 1 {
		return dyad.Errorf(dyad.EINVALID, "--against scores one FILE.tsv")
	}
	var exs []eval.NewsExample
	for _, path := range paths {
		set, err := readNewsSet(path)
		if err != nil {
			return err
		}
		if len(paths) > 1 {
			for i := range set {
				set[i].ID = filepath.Base(path) + ":" + set[i].ID
			}
		}
		exs = append(exs, set...)
	}
	var predict func(ex *eval.NewsExample) ([]eval.Triple, []string, error)
	if o.against != "" {
		other, err := readNewsSet(o.against)
		if err != nil {
			return err
		}
		var annot func(ex *eval.NewsExample) ([]eval.Triple, error)
		exs, annot, err = eval.AnnotationPredict(exs, other)
		if err != nil {
			return dyad.E(dyad.EINVALID, o.against, err)
		}
		predict = func(ex *eval.NewsExample) ([]eval.Triple, []string, error) {
			pred, err := annot(ex)
			return pred, nil, err
		}
	}
	if half != "" {
		// The half is the original id's, whatever prefix it was given.
		exs = slices.DeleteFunc(exs, func(ex eval.NewsExample) bool { return eval.Half(ex.Rows[0].ID) != half })
	}
	if predict == nil {
		proc, err := pipeline.New(pipeline.Config{NoLearn: o.noLearn})
		if err != nil {
			return err
		}
		predict = eval.ProcessorPatterns(ctx, proc)
	}
	cases := eval.NewsPatternCases(exs, predict)
	r := eval.ScoreNews(cases)
	if o.byPattern {
		r.Patterns = eval.ByPattern(cases)
	}
	if asJSON {
		if !verbose {
			r.Exact.Failures, r.Family.Failures, r.Country.Failures = nil, nil, nil
		}
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	}
	tw := tabwriter.NewWriter(m.Stdout, 2, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "level\tsentences\tall right\tgold\tpredicted\ttp\tfn\tfp\tprecision\trecall\tF1\t")
	for _, l := range []struct {
		name string
		r    *eval.Report
	}{{"exact", r.Exact}, {"family+actors", r.Family}, {"family+countries", r.Country}} {
		s := l.r.Total
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t\n",
			l.name, s.Records, s.Exact, s.Gold, s.Predicted, s.TP, s.FN, s.FP, s.Precision, s.Recall, s.F1)
	}
	tw.Flush()
	// The exact level's errors by kind: counts only, so they may be read
	// for a held half too.
	fmt.Fprintln(m.Stdout)
	tw = tabwriter.NewWriter(m.Stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "  exact errors\t  fn\t  fp\t")
	for _, e := range r.Errors {
		fmt.Fprintf(tw, "  %s\t%4d\t%4d\t%s\n", e.Class, e.FN, e.FP, errorMeaning[e.Class])
	}
	tw.Flush()
	if o.byPattern {
		printPatterns(m, r.Patterns)
	}
	if verbose {
		fmt.Fprintln(m.Stdout)
		tw = tabwriter.NewWriter(m.Stdout, 2, 4, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "root	sentences	gold	exact F1	family+actors F1	family+countries F1	")
		f1 := func(r *eval.Report, cat string) float64 {
			for _, c := range r.Categories {
				if c.Category == cat {
					return c.F1
				}
			}
			return 0
		}
		for _, c := range r.Exact.Categories {
			fmt.Fprintf(tw, "%s\t%d\t%d\t%.3f\t%.3f\t%.3f\t\n", c.Category, c.Records, c.Gold, c.F1,
				f1(r.Family, c.Category), f1(r.Country, c.Category))
		}
		tw.Flush()
		fmt.Fprintln(m.Stdout)
		for _, c := range r.Exact.Failures {
			fmt.Fprintf(m.Stdout, "%s [%s] want %v got %v %s\n", c.ID, c.Category, c.Gold, c.Predicted, c.Error)
		}
	}
	return nil
}

// errorMeaning glosses the error classes of eval.Errors in evalNews's table.
var errorMeaning = map[string]string{
	eval.ErrCode:      "right actors and family, another code",
	eval.ErrFamily:    "right actors, another family",
	eval.ErrRole:      "right family and countries, another role",
	eval.ErrDirection: "right family, actors swapped",
	eval.ErrActor:     "right family, one actor's country wrong",
	eval.ErrMissed:    "expected, nothing close coded",
	eval.ErrSilent:    "expected, the sentence gave no event",
	eval.ErrExtra:     "coded, nothing close expected",
	eval.ErrNoEvent:   "coded where no event is expected",
}

// readNewsSet reads a news set file (eval.ReadNews), naming it in errors.
func readNewsSet(path string) ([]eval.NewsExample, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, dyad.E(dyad.ENOTFOUND, "eval", err)
	}
	defer fh.Close()
	exs, err := eval.ReadNews(fh)
	if err != nil {
		return nil, dyad.E(dyad.EINVALID, path, err)
	}
	return exs, nil
}
