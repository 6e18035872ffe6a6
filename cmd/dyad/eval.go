package main

import (
	"context"
	"encoding/json"
	"fmt"
	"text/tabwriter"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/coder"
	"github.com/dyadproject/dyad/eval"
)

func init() {
	register(&Command{Name: "eval", Summary: "score the coder against PETR validation records", Run: runEval})
}

func runEval(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet("eval", "[--json] [--raw] [--dict DIR] [-v] FILE.xml")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	dictDir := fs.String("dict", "", "directory holding the dictionaries an <Environment> names (default: beside the XML file)")
	verbose := fs.Bool("v", false, "list the records that were not coded exactly")
	raw := fs.Bool("raw", false, "ignore <Parse> and code each record's <Text> with dyad's own parser")
	files, err := parseFlags(fs, args)
	if err != nil {
		return err
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
