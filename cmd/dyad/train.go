package main

import (
	"context"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/eval"
	"github.com/dyadproject/dyad/learn"
	"github.com/dyadproject/dyad/learn/devset"
	"github.com/dyadproject/dyad/pipeline"
)

func init() {
	register(&Command{Name: "train", Summary: "train the learned component on the dev halves of news sets", Run: runTrain})
}

// Cross-validation's grid (docs/notes/learn.md).
var (
	trainFolds      = 5
	trainLambdas    = []float64{1e-3, 1e-2, 3e-2, 1e-1, 3e-1}
	trainDropAts    = []float64{0.7, 0.8, 0.9, 1}
	trainRelabelAts = []float64{0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1}
	trainSupport    = []int{1, 2, 3}
)

func runTrain(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet("train", "[--report] [--out FILE] [--setting S,L,R] [FILE.tsv...]  (default: the dev halves of devset.TrainingSets in testdata/news)")
	report := fs.Bool("report", false, "print the headroom of each kind of component (oracles) and the cross-validation grid; write nothing")
	out := fs.String("out", filepath.Join("learn", "data", "model.txt"), "write the model to `FILE`")
	fixed := fs.String("setting", "", "skip cross-validation and train with `MIN_SUPPORT,LAMBDA,RELABEL_AT` (as a model file's settings give them)")
	files, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	o := learn.DefaultOptions
	if *fixed != "" {
		if *report {
			return dyad.Errorf(dyad.EINVALID, "--report writes nothing and --setting writes a model: give one of them")
		}
		if _, err := fmt.Sscanf(*fixed, "%d,%g,%g", &o.MinSupport, &o.Lambda, &o.RelabelAt); err != nil {
			return dyad.Errorf(dyad.EINVALID, "--setting %q: want MIN_SUPPORT,LAMBDA,RELABEL_AT", *fixed)
		}
	}
	if len(files) == 0 {
		for _, s := range devset.TrainingSets {
			files = append(files, filepath.Join("testdata", "news", s+".tsv"))
		}
	}
	items, err := trainItems(ctx, files)
	if err != nil {
		return err
	}
	w := m.Stdout
	fmt.Fprintf(w, "%d dev sentences, %d events\n", len(items), len(devset.Examples(items)))
	if *report {
		base := devset.Score(items, nil, 1, 1)
		for _, k := range []string{devset.OracleDropAll, devset.OracleDropFree, devset.OracleRelabel, devset.OracleBoth} {
			f := devset.Score(items, devset.Oracle(items, k), 0.5, 0)
			fmt.Fprintf(w, "oracle %q: exact TP %d (%+d), country TP %d (%+d), pooled exact F1 %.4f (%+.4f), mean %.4f (%+.4f)\n",
				k, f.ExactTP, f.ExactTP-base.ExactTP, f.CountryTP, f.CountryTP-base.CountryTP, f.Exact, f.Exact-base.Exact, f.MeanExact, f.MeanExact-base.MeanExact)
		}
	}
	if *fixed != "" {
		return writeModel(m, *out, learn.Train(devset.Examples(items), o))
	}
	// Cross-validation inside the dev halves chooses lambda and the two
	// thresholds.
	best := learn.DefaultOptions
	var bestF devset.Figures
	var bestD [][]learn.Decision
	for _, sup := range trainSupport {
		for _, l := range trainLambdas {
			o := learn.DefaultOptions
			o.Lambda, o.MinSupport = l, sup
			fmt.Fprintf(w, "min_support %d lambda %g:\n", sup, l)
			ds := devset.CrossValidate(items, o, trainFolds)
			d, mg, f := devset.Grid(w, items, ds, trainDropAts, trainRelabelAts)
			if f.MeanExact > bestF.MeanExact {
				best, bestF, bestD = o, f, ds
				best.DropAt, best.RelabelAt = d, mg
			}
		}
	}
	fmt.Fprintf(w, "chosen: min_support %d lambda %g drop_at %.2f relabel_at %.2f: cross-validated exact TP %d, country TP %d, mean exact F1 %.4f\n",
		best.MinSupport, best.Lambda, best.DropAt, best.RelabelAt, bestF.ExactTP, bestF.CountryTP, bestF.MeanExact)
	for _, s := range slices.Sorted(maps.Keys(bestF.Sets)) {
		fmt.Fprintf(w, "  %s %.4f\n", s, bestF.Sets[s])
	}
	if *report {
		fmt.Fprintln(w, "what the chosen setting changes, cross-validated:")
		devset.Changes(w, items, bestD, best.DropAt, best.RelabelAt)
		return nil
	}
	return writeModel(m, *out, learn.Train(devset.Examples(items), best))
}

// writeModel writes a trained model to path.
func writeModel(m *Main, path string, model *learn.Model) error {
	data, err := model.Marshal()
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return dyad.E(dyad.EINTERNAL, "train", err)
	}
	fmt.Fprintf(m.Stdout, "wrote %s (%d features, %d classes)\n", path, len(model.Weights), len(model.Classes))
	return nil
}

// trainItems codes the dev half of each news set with a pipeline that
// leaves out the learned component. The held half is cut here, before
// anything reaches the trainer (devset.Collect refuses it too).
func trainItems(ctx context.Context, files []string) ([]devset.Item, error) {
	proc, err := pipeline.New(pipeline.Config{NoLearn: true})
	if err != nil {
		return nil, err
	}
	var items []devset.Item
	for _, path := range files {
		exs, err := readNewsSet(path)
		if err != nil {
			return nil, err
		}
		exs = slices.DeleteFunc(exs, func(ex eval.NewsExample) bool { return eval.Half(ex.Rows[0].ID) != eval.HalfDev })
		its, err := devset.Collect(ctx, filepath.Base(path), exs, proc)
		if err != nil {
			return nil, dyad.E(dyad.EINVALID, path, err)
		}
		items = append(items, its...)
	}
	return items, nil
}
