package devset_test

import (
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
		{devset.Cell{DropAt: 1, Figures: devset.Figures{ExactTP: 101, CountryTP: 200, MeanExact: 0.41, Sets: map[string]float64{"a": 0.43, "b": 0.39}}}, false, "set b"},
	} {
		ok, why := devset.Eligible(base, tc.c)
		if ok != tc.ok || !strings.Contains(why, tc.says) {
			t.Errorf("Eligible(%+v) = %v %q, want %v and %q", tc.c, ok, why, tc.ok, tc.says)
		}
	}
}
