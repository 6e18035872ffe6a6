package devset_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/eval"
	"github.com/dyadproject/dyad/learn"
	"github.com/dyadproject/dyad/learn/devset"
	"github.com/dyadproject/dyad/pipeline"
)

// recorder is a Processor that notes every document id it is given.
type recorder struct {
	proc dyad.Processor
	ids  []string
}

func (r *recorder) Process(ctx context.Context, doc *dyad.Document) (*dyad.Result, error) {
	r.ids = append(r.ids, doc.ID)
	return r.proc.Process(ctx, doc)
}

// devItems codes the dev halves of the training sets as "dyad train"
// does, recording what reached the pipeline.
func devItems(t *testing.T) ([]devset.Item, *recorder) {
	t.Helper()
	proc, err := pipeline.New(pipeline.Config{NoLearn: true})
	if err != nil {
		t.Fatal(err)
	}
	rec := &recorder{proc: proc}
	var items []devset.Item
	for _, set := range devset.TrainingSets {
		fh, err := os.Open(filepath.Join("..", "..", "testdata", "news", set+".tsv"))
		if err != nil {
			t.Fatal(err)
		}
		exs, err := eval.ReadNews(fh)
		fh.Close()
		if err != nil {
			t.Fatal(err)
		}
		exs = slices.DeleteFunc(exs, func(ex eval.NewsExample) bool { return eval.Half(ex.Rows[0].ID) != eval.HalfDev })
		its, err := devset.Collect(context.Background(), set+".tsv", exs, rec)
		if err != nil {
			t.Fatal(err)
		}
		items = append(items, its...)
	}
	return items, rec
}

// TestEmbeddedModelRetrains retrains the model from the dev halves with
// the embedded model's own settings and checks that it gives the
// embedded file byte for byte: the model is what its recipe makes. It
// does the same for the role relabeller's file.
func TestEmbeddedModelRetrains(t *testing.T) {
	if testing.Short() {
		t.Skip("codes the training sets' dev halves")
	}
	m, err := learn.Default()
	if err != nil {
		t.Fatal(err)
	}
	items, _ := devItems(t)
	o := learn.DefaultOptions
	o.Lambda, o.Epochs, o.DropAt, o.RelabelAt, o.MinSupport, o.NoRefine = m.Lambda, m.Epochs, m.DropAt, m.RelabelAt, m.MinSupport, m.NoRefine
	got, err := learn.Train(devset.Examples(items), o).Marshal()
	if err != nil {
		t.Fatal(err)
	}
	if want := learn.File(); !bytes.Equal(got, want) {
		flag := ""
		if m.NoRefine {
			flag = "--no-refine "
		}
		t.Errorf("retrained model (%d bytes) differs from learn/data/model.txt (%d bytes): run dyad train %s--setting %d,%g,%g and commit it",
			len(got), len(want), flag, m.MinSupport, m.Lambda, m.RelabelAt)
	}
	// The role relabeller, trained beside it on the same items with its
	// declared settings (learn.RoleOptions), the same way.
	got, err = learn.Train(devset.RoleExamples(items), learn.RoleOptions).Marshal()
	if err != nil {
		t.Fatal(err)
	}
	if want := learn.RolesFile(); !bytes.Equal(got, want) {
		t.Errorf("retrained role model (%d bytes) differs from learn/data/roles.txt (%d bytes): run dyad train --setting %d,%g,%g and commit both files",
			len(got), len(want), m.MinSupport, m.Lambda, m.RelabelAt)
	}
}

// TestNoHeldIDReachesTrainer checks with eval's own half function that
// every sentence the trainer coded, and every item it kept, is of a dev
// half, and that Collect refuses a held example outright.
func TestNoHeldIDReachesTrainer(t *testing.T) {
	if testing.Short() {
		t.Skip("codes the training sets' dev halves")
	}
	items, rec := devItems(t)
	if len(items) < 1000 || len(rec.ids) != len(items) {
		t.Fatalf("%d items from %d coded documents; want the training sets' dev halves", len(items), len(rec.ids))
	}
	for _, it := range items {
		if h := eval.Half(it.RowID); h != eval.HalfDev {
			t.Errorf("%s is in the %s half", it.ID, h)
		}
		if !strings.HasSuffix(it.ID, ":"+it.RowID) {
			t.Errorf("item %s does not carry row id %s", it.ID, it.RowID)
		}
	}
	for _, ex := range devset.Examples(items) {
		for _, f := range ex.Features {
			for _, it := range items[:20] {
				if strings.Contains(f, it.RowID) {
					t.Errorf("feature %q names row %s", f, it.RowID)
				}
			}
		}
	}
	// An id of the held half (CRC-32 odd) is refused before coding.
	held := "x-1"
	for i := 0; eval.Half(held) != eval.HalfHeld; i++ {
		held = "x-" + string(rune('a'+i))
	}
	ex := eval.NewsExample{ID: held, Sentence: "Iran condemned the attack.", Rows: []eval.NewsRow{{ID: held}}}
	n := len(rec.ids)
	if _, err := devset.Collect(context.Background(), "made.tsv", []eval.NewsExample{ex}, rec); err == nil {
		t.Errorf("Collect accepted held id %s", held)
	}
	if len(rec.ids) != n {
		t.Errorf("Collect coded held id %s before refusing it", held)
	}
}

// TestTrainingSetsAreRead checks devset.TrainingSets against the table of
// sets in testdata/news/README.md: the model may train only on sets whose
// dev half is read while tuning, never on one kept unread as the unseen
// measure, and never on a second annotator's file.
func TestTrainingSetsAreRead(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "testdata", "news", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	status := map[string]string{} // set name -> the table's "read" column
	for line := range strings.Lines(string(readme)) {
		cells := strings.Split(strings.TrimSpace(line), "|")
		if len(cells) < 4 || !strings.HasSuffix(strings.TrimSpace(cells[1]), ".tsv") {
			continue
		}
		name := strings.TrimSuffix(strings.TrimSpace(cells[1]), ".tsv")
		status[name] = strings.TrimSpace(cells[len(cells)-2])
	}
	if len(status) < len(devset.TrainingSets) {
		t.Fatalf("README's table lists %d sets; is it still there?", len(status))
	}
	for _, set := range devset.TrainingSets {
		st, ok := status[set]
		switch {
		case strings.Contains(set, "."):
			t.Errorf("training set %s is not a gold set", set)
		case !ok:
			t.Errorf("training set %s is not in README's table of sets", set)
		case !strings.Contains(st, "dev half"):
			t.Errorf("training set %s is %q in README's table; the model trains on read dev halves only", set, st)
		}
	}
}
