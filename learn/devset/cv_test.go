package devset_test

import (
	"fmt"
	"hash/crc32"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/learn/devset"
)

// TestChoose pins the rule "dyad train" chooses its setting by
// (docs/notes/learn.md, round twenty-nine) on hand-built figures: each
// case has a cell that an easier rule (the most mean exact F1, any
// drop_at, a set allowed to fall a little, a lower threshold first) would
// choose instead, so that a chooser drifting from the rule fails here.
func TestChoose(t *testing.T) {
	base := devset.Figures{ExactTP: 100, CountryTP: 200, MeanExact: 0.40,
		Sets: map[string]float64{"a": 0.40, "b": 0.40}}
	// fig is a cell's figures: exact TP, fc TP, and the two sets' exact F1
	// (the mean is theirs).
	fig := func(exact, fc int, a, b float64) devset.Figures {
		return devset.Figures{ExactTP: exact, CountryTP: fc, MeanExact: (a + b) / 2,
			Sets: map[string]float64{"a": a, "b": b}}
	}
	cell := func(sup int, lambda, dropAt, relabelAt float64, f devset.Figures) devset.Cell {
		return devset.Cell{MinSupport: sup, Lambda: lambda, DropAt: dropAt, RelabelAt: relabelAt, Figures: f}
	}
	for _, tc := range []struct {
		name  string
		cells []devset.Cell
		want  int    // index of the chosen cell, -1 for none
		why   string // a word the explanation must carry
	}{
		{"most exact TP, not most mean", []devset.Cell{
			cell(1, 0.1, 1, 0.9, fig(110, 200, 0.42, 0.41)),
			cell(1, 0.1, 1, 0.8, fig(112, 201, 0.41, 0.41)),
		}, 1, "most exact TP"},
		{"a set that falls is out", []devset.Cell{
			cell(1, 0.1, 1, 0.9, fig(105, 200, 0.41, 0.40)),
			cell(1, 0.1, 1, 0.8, fig(120, 210, 0.50, 0.3999)),
		}, 0, "only eligible"},
		{"family+countries that falls is out", []devset.Cell{
			cell(1, 0.1, 1, 0.9, fig(105, 200, 0.41, 0.40)),
			cell(1, 0.1, 1, 0.8, fig(120, 199, 0.45, 0.45)),
		}, 0, "only eligible"},
		{"only drop_at 1", []devset.Cell{
			cell(1, 0.1, 0.7, 0.6, fig(130, 220, 0.50, 0.50)),
			cell(1, 0.1, 0.9, 0.9, fig(125, 215, 0.48, 0.48)),
			cell(1, 0.1, 1, 0.9, fig(104, 200, 0.41, 0.40)),
		}, 2, "only eligible"},
		{"mean that does not rise is out", []devset.Cell{
			cell(1, 0.1, 1, 0.9, fig(103, 200, 0.41, 0.40)),
			cell(1, 0.1, 1, 0.8, fig(110, 200, 0.40, 0.40)),
		}, 0, "only eligible"},
		{"tie on exact TP: higher relabel_at", []devset.Cell{
			cell(1, 0.3, 1, 0.8, fig(110, 205, 0.45, 0.45)),
			cell(1, 0.1, 1, 0.9, fig(110, 200, 0.41, 0.40)),
		}, 1, "higher relabel_at"},
		{"tie on exact TP and relabel_at: higher lambda", []devset.Cell{
			cell(1, 0.1, 1, 0.9, fig(110, 205, 0.45, 0.45)),
			cell(2, 0.3, 1, 0.9, fig(110, 200, 0.41, 0.40)),
		}, 1, "higher lambda"},
		{"tie on all but min_support: higher min_support", []devset.Cell{
			cell(1, 0.1, 1, 0.9, fig(110, 205, 0.45, 0.45)),
			cell(3, 0.1, 1, 0.9, fig(110, 200, 0.41, 0.40)),
		}, 1, "higher min_support"},
		{"none eligible", []devset.Cell{
			cell(1, 0.1, 0.8, 0.9, fig(120, 210, 0.45, 0.45)),
			cell(1, 0.1, 1, 0.9, fig(120, 210, 0.45, 0.39)),
		}, -1, "no cell"},
	} {
		got, why := devset.Choose(base, tc.cells)
		if got != tc.want {
			t.Errorf("%s: chose cell %d, want %d (%s)", tc.name, got, tc.want, why)
		}
		if !strings.Contains(why, tc.why) {
			t.Errorf("%s: explanation %q does not say %q", tc.name, why, tc.why)
		}
	}
}

// TestEligibleSays checks that a cell left out is told why, by the first
// condition it fails, and that the boundaries (family+countries TP equal
// to base, a set's F1 equal to base) stay eligible.
func TestEligibleSays(t *testing.T) {
	base := devset.Figures{ExactTP: 100, CountryTP: 200, MeanExact: 0.40,
		Sets: map[string]float64{"a": 0.40, "b": 0.40}}
	for _, tc := range []struct {
		c    devset.Cell
		ok   bool
		says string
	}{
		{devset.Cell{DropAt: 1, Figures: devset.Figures{ExactTP: 101, CountryTP: 200, MeanExact: 0.405, Sets: map[string]float64{"a": 0.41, "b": 0.40}}}, true, ""},
		{devset.Cell{DropAt: 0.9, Figures: devset.Figures{ExactTP: 101, CountryTP: 200, MeanExact: 0.405, Sets: map[string]float64{"a": 0.41, "b": 0.40}}}, false, "drop_at"},
		{devset.Cell{DropAt: 1, Figures: devset.Figures{ExactTP: 101, CountryTP: 199, MeanExact: 0.405, Sets: map[string]float64{"a": 0.41, "b": 0.40}}}, false, "family+countries"},
		{devset.Cell{DropAt: 1, Figures: devset.Figures{ExactTP: 101, CountryTP: 200, MeanExact: 0.40, Sets: map[string]float64{"a": 0.40, "b": 0.40}}}, false, "mean"},
		// With two sets a tenth is none: one set falling is one too many.
		{devset.Cell{DropAt: 1, Figures: devset.Figures{ExactTP: 101, CountryTP: 200, MeanExact: 0.41, Sets: map[string]float64{"a": 0.43, "b": 0.39}}}, false, "1 sets fall (at most 0 of 2)"},
	} {
		ok, why := devset.Eligible(base, tc.c)
		if ok != tc.ok || !strings.Contains(why, tc.says) {
			t.Errorf("Eligible(%+v) = %v %q, want %v and %q", tc.c, ok, why, tc.ok, tc.says)
		}
	}
}

// TestEligibleFourFold pins each clause of declaration (c) (docs/notes/news.md,
// session fifteen) on figures summed over the fold assignments, with
// twenty sets of 10 exact TP and exact F1 0.40 each (summed: base is the
// coder's figures added once per assignment). Each case but the first
// is one clause's failure in a cell that passes all the others; the
// boundaries (a set that loses exactly MaxSetLoss TP, exactly a tenth of
// the sets falling, family+countries TP equal to base) stay eligible.
func TestEligibleFourFold(t *testing.T) {
	const nSets = 20
	name := func(i int) string { return fmt.Sprintf("s%02d", i) }
	var base devset.Figures
	for range devset.FoldAssignments {
		one := devset.Figures{ExactTP: 10 * nSets, CountryTP: 300, MeanExact: 0.40,
			Sets: map[string]float64{}, SetTP: map[string]int{}}
		for i := range nSets {
			one.Sets[name(i)], one.SetTP[name(i)] = 0.40, 10
		}
		base.Add(one)
	}
	// cell builds a summed cell from base: tp moves the named sets' summed
	// exact TP, each hit moving the set's summed F1 by 0.01; the mean and
	// the pooled TP follow.
	cell := func(dropAt float64, fc int, tp map[int]int) devset.Cell {
		c := devset.Cell{MinSupport: 1, Lambda: 0.1, DropAt: dropAt, RelabelAt: 0.9,
			Figures: devset.Figures{ExactTP: base.ExactTP, CountryTP: base.CountryTP + fc, MeanExact: base.MeanExact,
				Sets: map[string]float64{}, SetTP: map[string]int{}}}
		for i := range nSets {
			s := name(i)
			c.Sets[s], c.SetTP[s] = base.Sets[s]+0.01*float64(tp[i]), base.SetTP[s]+tp[i]
			c.ExactTP += tp[i]
			c.MeanExact += 0.01 * float64(tp[i]) / nSets
		}
		return c
	}
	for _, tc := range []struct {
		name string
		c    devset.Cell
		ok   bool
		says string
	}{
		{"eligible: two sets of twenty fall, one by MaxSetLoss", cell(1, 0, map[int]int{0: 6, 1: 4, 2: -devset.MaxSetLoss, 3: -1}), true, ""},
		{"drop_at below 1", cell(0.9, 5, map[int]int{0: 6, 1: 4}), false, "drop_at"},
		{"family+countries TP falls", cell(1, -1, map[int]int{0: 6, 1: 4}), false, "family+countries TP falls (-1)"},
		{"mean does not rise", cell(1, 2, map[int]int{0: 3, 1: -2, 2: -1}), false, "mean exact F1 does not rise"},
		{"a set loses more than MaxSetLoss", cell(1, 2, map[int]int{0: 9, 1: -devset.MaxSetLoss - 1}), false, "set s01 loses 3 exact TP (at most 2)"},
		{"more than a tenth of the sets fall", cell(1, 2, map[int]int{0: 9, 1: -1, 2: -1, 3: -1}), false, "3 sets fall (at most 2 of 20)"},
	} {
		ok, why := devset.Eligible(base, tc.c)
		if ok != tc.ok || !strings.Contains(why, tc.says) {
			t.Errorf("%s: Eligible = %v %q, want %v and %q", tc.name, ok, why, tc.ok, tc.says)
		}
	}
	// A tenth is rounded down: with nineteen sets one may fall, not two.
	delete(base.Sets, name(19))
	delete(base.SetTP, name(19))
	c := cell(1, 2, map[int]int{0: 9, 1: -1, 2: -1})
	delete(c.Sets, name(19))
	if ok, why := devset.Eligible(base, c); ok || !strings.Contains(why, "2 sets fall (at most 1 of 19)") {
		t.Errorf("nineteen sets, two falling: Eligible = %v %q, want not eligible, at most 1", ok, why)
	}
}

// TestChooseKeepsOrderAmongEligible checks that the four-fold clauses
// only change which cells are eligible: a richer cell with three sets
// falling out of twenty is passed over for the next by exact TP, and two
// eligible cells tied on exact TP still go to the higher relabel_at.
func TestChooseKeepsOrderAmongEligible(t *testing.T) {
	sets := map[string]float64{}
	tps := map[string]int{}
	for i := range 20 {
		sets[fmt.Sprintf("s%02d", i)], tps[fmt.Sprintf("s%02d", i)] = 1.6, 40
	}
	base := devset.Figures{ExactTP: 800, CountryTP: 1000, MeanExact: 1.6, Sets: sets, SetTP: tps}
	cell := func(relabelAt float64, exact int, falling int) devset.Cell {
		c := devset.Cell{MinSupport: 1, Lambda: 0.1, DropAt: 1, RelabelAt: relabelAt,
			Figures: devset.Figures{ExactTP: exact, CountryTP: 1000, MeanExact: 1.61, Sets: map[string]float64{}, SetTP: map[string]int{}}}
		for s := range sets {
			c.Sets[s], c.SetTP[s] = sets[s], tps[s]
		}
		for i := range falling {
			s := fmt.Sprintf("s%02d", i)
			c.Sets[s], c.SetTP[s] = sets[s]-0.01, tps[s]-1
		}
		return c
	}
	cells := []devset.Cell{cell(0.7, 900, 3), cell(0.8, 850, 2), cell(0.9, 850, 1)}
	if got, why := devset.Choose(base, cells); got != 2 || !strings.Contains(why, "higher relabel_at") {
		t.Errorf("chose %d (%s), want 2: the 0.7 cell has three sets falling, the other two tie on exact TP", got, why)
	}
}

// TestFoldAt checks the fold assignments: salt 0 is Fold, the others hash
// "<salt>/<row id>" and so differ from it, each within 0..n-1.
func TestFoldAt(t *testing.T) {
	moved := 0
	for i := range 200 {
		it := devset.Item{RowID: fmt.Sprintf("q-%03d", i)}
		if a, b := devset.FoldAt(&it, 5, 0), devset.Fold(&it, 5); a != b {
			t.Fatalf("%s: FoldAt salt 0 = %d, Fold = %d", it.RowID, a, b)
		}
		for salt := 1; salt < devset.FoldAssignments; salt++ {
			got := devset.FoldAt(&it, 5, salt)
			if want := int(crc32.ChecksumIEEE([]byte(fmt.Sprintf("%d/%s", salt, it.RowID)))>>1) % 5; got != want {
				t.Fatalf("%s salt %d: fold %d, want %d", it.RowID, salt, got, want)
			}
			if got != devset.Fold(&it, 5) {
				moved++
			}
		}
	}
	if moved < 300 { // of 600: about four in five should move
		t.Errorf("only %d of 600 (row, salt) pairs left Fold's assignment", moved)
	}
}

// TestFiguresAdd checks that Add sums every figure, set by set, from an
// empty start.
func TestFiguresAdd(t *testing.T) {
	var f devset.Figures
	g := devset.Figures{ExactTP: 3, CountryTP: 4, Exact: 0.5, MeanExact: 0.25, Sets: map[string]float64{"a": 0.25}, SetTP: map[string]int{"a": 3}}
	f.Add(g)
	f.Add(g)
	if f.ExactTP != 6 || f.CountryTP != 8 || f.Exact != 1 || f.MeanExact != 0.5 || f.Sets["a"] != 0.5 || f.SetTP["a"] != 6 {
		t.Errorf("two Adds of %+v gave %+v", g, f)
	}
}
