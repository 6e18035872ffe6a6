package main

import (
	"context"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/eval"
	"github.com/dyadproject/dyad/learn"
	"github.com/dyadproject/dyad/learn/devset"
	"github.com/dyadproject/dyad/pipeline"
	"golang.org/x/sync/errgroup"
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
	report := fs.Bool("report", false, "print the headroom of each kind of component (oracles), the cross-validation grid, the cell the rule chooses and why, and what it changes; write nothing")
	out := fs.String("out", filepath.Join("learn", "data", "model.txt"), "write the model to `FILE`, and the role model to roles.txt in FILE's directory")
	fixed := fs.String("setting", "", "skip cross-validation and train with `MIN_SUPPORT,LAMBDA,RELABEL_AT` (as a model file's settings give them)")
	noRefine := fs.Bool("no-refine", false, "the model never relabels an event to a sub-code of its own code (a model file's \"setting refine 0\")")
	files, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	o := learn.DefaultOptions
	o.NoRefine = *noRefine
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
		if err := writeModel(m, *out, learn.Train(devset.Examples(items), o)); err != nil {
			return err
		}
		return writeRoles(m, *out, items)
	}
	// Cross-validation inside the dev halves, repeated over
	// devset.FoldAssignments fold assignments, chooses min_support, lambda
	// and the two thresholds by the rule the project ships its model by
	// (devset.Eligible, devset.Choose; declaration (c) of session fifteen).
	grids, err := crossValidateAll(ctx, items, o.NoRefine)
	if err != nil {
		return err
	}
	var (
		base  devset.Figures
		cells []devset.Cell
		decs  [][][][]learn.Decision // each cell's decisions per fold assignment, for Changes
	)
	for _, g := range grids {
		fmt.Fprintf(w, "min_support %d lambda %g:\n", g.sup, g.lambda)
		devset.PrintGrid(w, g.base, g.cells)
		base, cells = g.base, append(cells, g.cells...)
		for range g.cells {
			decs = append(decs, g.decisions)
		}
	}
	fmt.Fprintf(w, "the rule, on figures summed over %d fold assignments: among cells with drop_at 1 where family+countries TP does not fall, the mean exact F1 rises, no set loses more than %d exact TP and at most a tenth of the sets fall, the most exact TP; ties to the higher relabel_at, then lambda, then min_support\n",
		devset.FoldAssignments, devset.MaxSetLoss)
	i, why := devset.Choose(base, cells)
	var c devset.Cell
	if i >= 0 {
		c = cells[i]
	} else {
		// Nothing beats the coder by the rule: a model that never drops
		// and never relabels.
		c = devset.Cell{MinSupport: learn.DefaultOptions.MinSupport, Lambda: learn.DefaultOptions.Lambda, DropAt: 1, RelabelAt: 1, Figures: base}
	}
	best := o
	best.MinSupport, best.Lambda, best.DropAt, best.RelabelAt = c.MinSupport, c.Lambda, c.DropAt, c.RelabelAt
	flag := ""
	if o.NoRefine {
		flag = "--no-refine "
	}
	fmt.Fprintf(w, "chosen: min_support %d lambda %g drop_at %.2f relabel_at %.2f (%s--setting %d,%g,%g): cross-validated exact TP %d (%+d), country TP %d (%+d), mean exact F1 %.4f (%+.4f), summed over %d fold assignments; %s\n",
		c.MinSupport, c.Lambda, c.DropAt, c.RelabelAt, flag, c.MinSupport, c.Lambda, c.RelabelAt,
		c.ExactTP, c.ExactTP-base.ExactTP, c.CountryTP, c.CountryTP-base.CountryTP, c.MeanExact, c.MeanExact-base.MeanExact, devset.FoldAssignments, why)
	for _, s := range slices.Sorted(maps.Keys(c.Sets)) {
		fmt.Fprintf(w, "  %s exact TP %d (%+d), exact F1 %.4f (%+.4f)\n", s, c.SetTP[s], c.SetTP[s]-base.SetTP[s], c.Sets[s], c.Sets[s]-base.Sets[s])
	}
	if *report && i >= 0 {
		// Each fold assignment's decisions in turn, so that the tallies
		// are summed over the assignments as the figures are.
		var all []devset.Item
		var ds [][]learn.Decision
		for _, d := range decs[i] {
			all, ds = append(all, items...), append(ds, d...)
		}
		fmt.Fprintf(w, "what the chosen setting changes, cross-validated, summed over %d fold assignments:\n", len(decs[i]))
		devset.Changes(w, all, ds, c.DropAt, c.RelabelAt)
	}
	if *report {
		return nil
	}
	if err := writeModel(m, *out, learn.Train(devset.Examples(items), best)); err != nil {
		return err
	}
	return writeRoles(m, *out, items)
}

// writeRoles trains the role relabeller on the same items with its own
// declared settings (learn.RoleOptions; no cross-validation: round
// thirty-seven declared them before measuring) and writes it as
// roles.txt beside the code model.
func writeRoles(m *Main, out string, items []devset.Item) error {
	return writeModel(m, filepath.Join(filepath.Dir(out), "roles.txt"), learn.Train(devset.RoleExamples(items), learn.RoleOptions))
}

// cvGrid is the cross-validation of one min_support and lambda: the
// decisions under each fold assignment and the grid's cells scored from
// them (devset.Cells).
type cvGrid struct {
	sup       int
	lambda    float64
	decisions [][][]learn.Decision
	base      devset.Figures
	cells     []devset.Cell
}

// crossValidateAll cross-validates every min_support and lambda of the
// grid under each of devset.FoldAssignments fold assignments, then scores
// each grid's cells. Both steps are spread over GOMAXPROCS workers; each
// run is deterministic and writes only its own slot, so the result, and
// all that is printed from it, does not depend on the order the runs
// finish in. (Scoring 32 cells four times costs about as much as the four
// cross-validations.) It stops starting runs once ctx is done (SIGINT,
// SIGTERM) and returns ctx's error, so "dyad train" does not go on
// cross-validating for minutes after it is told to stop.
func crossValidateAll(ctx context.Context, items []devset.Item, noRefine bool) ([]cvGrid, error) {
	var grids []cvGrid
	for _, sup := range trainSupport {
		for _, l := range trainLambdas {
			grids = append(grids, cvGrid{sup: sup, lambda: l, decisions: make([][][]learn.Decision, devset.FoldAssignments)})
		}
	}
	err := inParallel(ctx, len(grids)*devset.FoldAssignments, func(j int) {
		g, salt := &grids[j/devset.FoldAssignments], j%devset.FoldAssignments
		o := learn.DefaultOptions
		o.Lambda, o.MinSupport, o.NoRefine = g.lambda, g.sup, noRefine
		g.decisions[salt] = devset.CrossValidate(items, o, trainFolds, salt)
	})
	if err != nil {
		return nil, err
	}
	err = inParallel(ctx, len(grids), func(j int) {
		g := &grids[j]
		g.base, g.cells = devset.Cells(items, g.decisions, g.sup, g.lambda, trainDropAts, trainRelabelAts)
	})
	if err != nil {
		return nil, err
	}
	return grids, nil
}

// inParallel calls f(0) … f(n-1) on GOMAXPROCS workers and returns when
// all have returned. Once ctx is done it starts no more calls, waits for
// those running, and returns ctx's error: the caller must not use a
// partial result.
func inParallel(ctx context.Context, n int, f func(int)) error {
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for j := range n {
		if ctx.Err() != nil {
			break
		}
		g.Go(func() error { f(j); return nil }) // waits for a free worker
	}
	g.Wait()
	return ctx.Err()
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
