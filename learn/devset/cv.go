package devset

import (
	"fmt"
	"github.com/dyadproject/dyad/learn"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/dyadproject/dyad/eval"
)

// CrossValidate trains on all folds but one and decides the events of
// that one, for each of n folds (Fold), with o's training settings. It
// returns each item's decisions, one per event in order, made by a model
// that never saw the item; thresholds are left to Threshold.
func CrossValidate(items []Item, o learn.Options, n int) [][]learn.Decision {
	out := make([][]learn.Decision, len(items))
	for f := 0; f < n; f++ {
		var train []Item
		for i := range items {
			if Fold(&items[i], n) != f {
				train = append(train, items[i])
			}
		}
		m := learn.Train(Examples(train), o)
		for i := range items {
			if Fold(&items[i], n) != f {
				continue
			}
			for si := range items[i].Sentences {
				s := &items[i].Sentences[si]
				for k := range s.Events {
					out[i] = append(out[i], m.Decide(s, k))
				}
			}
		}
	}
	return out
}

// Figures are the scores of a set of items under some decisions.
type Figures struct {
	ExactTP, CountryTP int
	Exact              float64 // pooled exact F1
	MeanExact          float64 // mean over the sets (the id's prefix) of their exact F1
	Sets               map[string]float64
}

// Score scores items under decisions (one per event in order; nil keeps
// the coder's events) with thresholds dropAt and relabelAt.
func Score(items []Item, decisions [][]learn.Decision, dropAt, relabelAt float64) Figures {
	var decide func(i, n int) learn.Decision
	if decisions != nil {
		th := &learn.Model{DropAt: dropAt, RelabelAt: relabelAt}
		decide = func(i, n int) learn.Decision { return th.Threshold(decisions[i][n]) }
	}
	cases := Cases(items, decide)
	bySet := map[string][]eval.Case{}
	var sets []string
	for _, c := range cases {
		set, _, _ := strings.Cut(c.ID, ":")
		if bySet[set] == nil {
			sets = append(sets, set)
		}
		bySet[set] = append(bySet[set], c)
	}
	r := eval.ScoreNews(cases)
	f := Figures{ExactTP: r.Exact.Total.TP, CountryTP: r.Country.Total.TP, Exact: r.Exact.Total.F1, Sets: map[string]float64{}}
	for _, s := range sets {
		f.Sets[s] = eval.Evaluate(bySet[s]).Total.F1
		f.MeanExact += f.Sets[s] / float64(len(sets))
	}
	return f
}

// Cell is one setting of the cross-validation grid with its figures.
type Cell struct {
	MinSupport        int
	Lambda            float64
	DropAt, RelabelAt float64
	Figures
}

// Grid reports, for every pair of thresholds, the cross-validated figures
// of decisions (made with minSupport and lambda) against the coder's own,
// which it returns as base, and returns the cells in the order printed.
// Each line ends with whether the rule may choose the cell (Eligible); the
// choice itself is Choose's, over the cells of every grid.
func Grid(w io.Writer, items []Item, decisions [][]learn.Decision, minSupport int, lambda float64, dropAts, relabelAts []float64) (base Figures, cells []Cell) {
	base = Score(items, nil, 1, 1)
	fmt.Fprintf(w, "base: exact TP %d, country TP %d, pooled exact F1 %.4f, mean exact F1 %.4f\n", base.ExactTP, base.CountryTP, base.Exact, base.MeanExact)
	for _, d := range dropAts {
		for _, m := range relabelAts {
			c := Cell{MinSupport: minSupport, Lambda: lambda, DropAt: d, RelabelAt: m, Figures: Score(items, decisions, d, m)}
			ws, worst := worstSet(base, c.Figures)
			verdict := "eligible"
			if ok, why := Eligible(base, c); !ok {
				verdict = "not eligible: " + why
			}
			fmt.Fprintf(w, "drop_at %.2f relabel_at %.2f: exact TP %d (%+d), country TP %d (%+d), pooled exact F1 %.4f, mean exact F1 %.4f (%+.4f), worst set %s %+.4f; %s\n",
				d, m, c.ExactTP, c.ExactTP-base.ExactTP, c.CountryTP, c.CountryTP-base.CountryTP, c.Exact, c.MeanExact, c.MeanExact-base.MeanExact, ws, worst, verdict)
			cells = append(cells, c)
		}
	}
	return base, cells
}

// worstSet is the set whose exact F1 falls most from base to f, with the
// change; "" and 0 if none falls. Sets are walked in sorted order so that
// ties name the same set every run.
func worstSet(base, f Figures) (string, float64) {
	worst, ws := 0.0, ""
	for _, s := range slices.Sorted(maps.Keys(base.Sets)) {
		if d := f.Sets[s] - base.Sets[s]; d < worst {
			worst, ws = d, s
		}
	}
	return ws, worst
}

// eps absorbs float noise: an F1 moves by far more than this when a single
// hit comes or goes, and the same counts give the same F1 to the last bit
// only if summed in the same order, which the mean over sets is not
// promised to be.
const eps = 1e-9

// Eligible is the first half of the rule the project chooses a setting by
// (docs/notes/learn.md, round twenty-nine), applied to cross-validated dev
// figures against the coder's own (base): the cell must not drop (drop_at
// 1; dropping has never paid, and since never-drop training the cells
// below 1 are trained without Drop labels), its family+countries TP must
// not fall, its mean exact F1 must rise and no set's exact F1 may fall.
// When it is not, the reason says which condition failed first.
func Eligible(base Figures, c Cell) (bool, string) {
	switch {
	case c.DropAt < 1:
		return false, "drop_at below 1"
	case c.CountryTP < base.CountryTP:
		return false, fmt.Sprintf("family+countries TP falls (%+d)", c.CountryTP-base.CountryTP)
	case c.MeanExact <= base.MeanExact+eps:
		return false, fmt.Sprintf("mean exact F1 does not rise (%+.4f)", c.MeanExact-base.MeanExact)
	}
	if s, d := worstSet(base, c.Figures); d < -eps {
		return false, fmt.Sprintf("set %s falls (%+.4f)", s, d)
	}
	return true, ""
}

// Choose is the second half of the rule: among the eligible cells, the one
// with the most exact TP; ties go to the higher relabel_at, then the
// higher lambda (the more conservative model), then the higher
// min_support (conservative too: fewer features), and a tie left after
// those to the cell listed first. It returns the chosen cell's index, -1
// if no cell is eligible (the caller keeps the coder's events), and a
// sentence saying why the cell won over the runner-up.
func Choose(base Figures, cells []Cell) (int, string) {
	best, second, n := -1, -1, 0
	for i := range cells {
		if ok, _ := Eligible(base, cells[i]); !ok {
			continue
		}
		n++
		switch {
		case best < 0 || before(&cells[i], &cells[best]):
			best, second = i, best
		case second < 0 || before(&cells[i], &cells[second]):
			second = i
		}
	}
	switch {
	case best < 0:
		return -1, fmt.Sprintf("no cell of %d is eligible", len(cells))
	case second < 0:
		return best, fmt.Sprintf("the only eligible cell of %d", len(cells))
	}
	b, r := &cells[best], &cells[second]
	var why string
	switch {
	case b.ExactTP != r.ExactTP:
		why = fmt.Sprintf("the most exact TP (%d; next %d)", b.ExactTP, r.ExactTP)
	case b.RelabelAt != r.RelabelAt:
		why = fmt.Sprintf("tied on exact TP (%d), the higher relabel_at", b.ExactTP)
	case b.Lambda != r.Lambda:
		why = fmt.Sprintf("tied on exact TP (%d) and relabel_at, the higher lambda", b.ExactTP)
	case b.MinSupport != r.MinSupport:
		why = fmt.Sprintf("tied on exact TP (%d), relabel_at and lambda, the higher min_support", b.ExactTP)
	default:
		why = "tied with the runner-up on every key, listed first"
	}
	return best, fmt.Sprintf("%s among %d eligible cells of %d; runner-up min_support %d lambda %g drop_at %.2f relabel_at %.2f",
		why, n, len(cells), r.MinSupport, r.Lambda, r.DropAt, r.RelabelAt)
}

// before reports whether the rule ranks a above b (both eligible).
func before(a, b *Cell) bool {
	switch {
	case a.ExactTP != b.ExactTP:
		return a.ExactTP > b.ExactTP
	case a.RelabelAt != b.RelabelAt:
		return a.RelabelAt > b.RelabelAt
	case a.Lambda != b.Lambda:
		return a.Lambda > b.Lambda
	}
	return a.MinSupport > b.MinSupport
}

// Changes lists, for each (own code → new code or DROP) the decisions
// under thresholds make, how many there were and how many were right
// (the label agrees): for reading what a model does on the dev halves.
func Changes(w io.Writer, items []Item, decisions [][]learn.Decision, dropAt, relabelAt float64) {
	th := &learn.Model{DropAt: dropAt, RelabelAt: relabelAt}
	type tally struct{ n, right int }
	t := map[string]*tally{}
	var keys []string
	for i := range items {
		ex := Examples(items[i : i+1])
		for k, d := range decisions[i] {
			d = th.Threshold(d)
			var key string
			switch {
			case d.Drop:
				key = ex[k].Code + " -> " + learn.Drop
			case d.Code != "":
				key = ex[k].Code + " -> " + d.Code
			default:
				continue
			}
			if t[key] == nil {
				t[key] = &tally{}
				keys = append(keys, key)
			}
			t[key].n++
			if (d.Drop && ex[k].Label == learn.Drop) || (d.Code != "" && ex[k].Label == d.Code) {
				t[key].right++
			}
		}
	}
	for _, k := range keys {
		fmt.Fprintf(w, "  %-16s %3d changed, %3d right\n", k, t[k].n, t[k].right)
	}
}
