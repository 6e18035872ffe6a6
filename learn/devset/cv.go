package devset

import (
	"fmt"
	"hash/crc32"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad/eval"
	"github.com/dyadproject/dyad/learn"
)

// FoldAssignments is how many fold assignments "dyad train" repeats its
// cross-validation over (declaration (c), docs/notes/news.md session
// fifteen): which set loses a hit under a rich cell changes with the
// assignment alone (docs/notes/learn.md, learn30), so a cell is judged on
// the figures summed over several.
const FoldAssignments = 4

// FoldAt is the fold (0..n-1) of an item under fold assignment salt: salt
// 0 is Fold itself, so the single cross-validation of earlier rounds is
// the first of the repetitions; any other salt hashes "<salt>/<row id>"
// the same way, which spreads the rows afresh and independently of the
// bit that chose their half.
func FoldAt(it *Item, n, salt int) int {
	if salt == 0 {
		return Fold(it, n)
	}
	return int((crc32.ChecksumIEEE([]byte(strconv.Itoa(salt)+"/"+it.RowID)) >> 1) % uint32(n))
}

// CrossValidate trains on all folds but one and decides the events of
// that one, for each of n folds of fold assignment salt (FoldAt), with
// o's training settings. It returns each item's decisions, one per event
// in order, made by a model that never saw the item; thresholds are left
// to Threshold.
func CrossValidate(items []Item, o learn.Options, n, salt int) [][]learn.Decision {
	out := make([][]learn.Decision, len(items))
	fold := make([]int, len(items))
	for i := range items {
		fold[i] = FoldAt(&items[i], n, salt)
	}
	for f := 0; f < n; f++ {
		var train []Item
		for i := range items {
			if fold[i] != f {
				train = append(train, items[i])
			}
		}
		m := learn.Train(Examples(train), o)
		for i := range items {
			if fold[i] != f {
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

// Figures are the scores of a set of items under some decisions, or the
// sum of such scores over the fold assignments (Add).
type Figures struct {
	ExactTP, CountryTP int
	Exact              float64 // pooled exact F1
	MeanExact          float64 // mean over the sets (the id's prefix) of their exact F1
	Sets               map[string]float64
	SetTP              map[string]int // each set's exact TP
}

// Add adds g's figures to f's, set by set: the rule judges a cell on its
// figures summed over the fold assignments, and the coder's own (base)
// summed as many times.
func (f *Figures) Add(g Figures) {
	f.ExactTP += g.ExactTP
	f.CountryTP += g.CountryTP
	f.Exact += g.Exact
	f.MeanExact += g.MeanExact
	if f.Sets == nil {
		f.Sets, f.SetTP = map[string]float64{}, map[string]int{}
	}
	for s, v := range g.Sets {
		f.Sets[s] += v
	}
	for s, v := range g.SetTP {
		f.SetTP[s] += v
	}
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
	f := Figures{ExactTP: r.Exact.Total.TP, CountryTP: r.Country.Total.TP, Exact: r.Exact.Total.F1,
		Sets: map[string]float64{}, SetTP: map[string]int{}}
	for _, s := range sets {
		t := eval.Evaluate(bySet[s]).Total
		f.Sets[s], f.SetTP[s] = t.F1, t.TP
		f.MeanExact += t.F1 / float64(len(sets))
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

// Cells scores every pair of thresholds (drop_at major) under decisions
// (made with minSupport and lambda, one slice per fold assignment), each
// cell's figures summed over the assignments, and returns them with the
// coder's own figures summed as many times (base). It prints nothing, so
// that "dyad train" can score the grids side by side and print them in
// order.
func Cells(items []Item, decisions [][][]learn.Decision, minSupport int, lambda float64, dropAts, relabelAts []float64) (base Figures, cells []Cell) {
	coder := Score(items, nil, 1, 1)
	for range decisions {
		base.Add(coder)
	}
	for _, d := range dropAts {
		for _, m := range relabelAts {
			c := Cell{MinSupport: minSupport, Lambda: lambda, DropAt: d, RelabelAt: m}
			for _, ds := range decisions {
				c.Add(Score(items, ds, d, m))
			}
			cells = append(cells, c)
		}
	}
	return base, cells
}

// PrintGrid prints base and one line per cell: its summed figures and
// their change, the sets whose summed exact F1 falls (Falling), and
// whether the rule may choose the cell (Eligible) or the first condition
// it fails; the choice itself is Choose's, over the cells of every grid.
func PrintGrid(w io.Writer, base Figures, cells []Cell) {
	fmt.Fprintf(w, "base, summed over the fold assignments: exact TP %d, country TP %d, mean exact F1 %.4f\n", base.ExactTP, base.CountryTP, base.MeanExact)
	for _, c := range cells {
		verdict := "eligible"
		if ok, why := Eligible(base, c); !ok {
			verdict = "not eligible: " + why
		}
		falling := "none"
		if fs := Falling(base, c.Figures); len(fs) > 0 {
			falling = strings.Join(fs, ", ")
		}
		fmt.Fprintf(w, "drop_at %.2f relabel_at %.2f: exact TP %d (%+d), country TP %d (%+d), mean exact F1 %.4f (%+.4f); falling: %s; %s\n",
			c.DropAt, c.RelabelAt, c.ExactTP, c.ExactTP-base.ExactTP, c.CountryTP, c.CountryTP-base.CountryTP, c.MeanExact, c.MeanExact-base.MeanExact, falling, verdict)
	}
}

// Falling lists the sets whose exact F1 in f is below base's, in sorted
// order so that every run prints the same, each with its change in exact
// TP and F1 ("fresh3 -2 TP -0.0116").
func Falling(base, f Figures) []string {
	var out []string
	for _, s := range slices.Sorted(maps.Keys(base.Sets)) {
		if d := f.Sets[s] - base.Sets[s]; d < -eps {
			out = append(out, fmt.Sprintf("%s %+d TP %+.4f", s, f.SetTP[s]-base.SetTP[s], d))
		}
	}
	return out
}

// eps absorbs float noise: an F1 moves by far more than this when a single
// hit comes or goes, and the same counts give the same F1 to the last bit
// only if summed in the same order, which the mean over sets is not
// promised to be.
const eps = 1e-9

// MaxSetLoss is the most exact TP one set may lose, summed over the fold
// assignments, in an eligible cell: more than half a hit per assignment
// is a systematic loss, not a hit that comes and goes with the folds.
const MaxSetLoss = 2

// Eligible is the first half of the rule the project chooses a setting by
// (declaration (c), docs/notes/news.md session fifteen, as learn30
// proposed it in docs/notes/learn.md), applied to cross-validated dev
// figures summed over the fold assignments against the coder's own summed
// as many times (base). The cell must not drop (drop_at 1; dropping has
// never paid, and since never-drop training the cells below 1 are trained
// without Drop labels), its family+countries TP must not fall, its mean
// exact F1 must rise, no set may lose more than MaxSetLoss exact TP, and
// at most a tenth of the sets (rounded down) may have an exact F1 below
// base. The last two replace "no set's F1 falls", which grew stricter
// with every set added: about one set in nine loses a hit under a rich
// cell by the luck of the folds. When the cell is not eligible, the
// reason says which condition failed first.
func Eligible(base Figures, c Cell) (bool, string) {
	switch {
	case c.DropAt < 1:
		return false, "drop_at below 1"
	case c.CountryTP < base.CountryTP:
		return false, fmt.Sprintf("family+countries TP falls (%+d)", c.CountryTP-base.CountryTP)
	case c.MeanExact <= base.MeanExact+eps:
		return false, fmt.Sprintf("mean exact F1 does not rise (%+.4f)", c.MeanExact-base.MeanExact)
	}
	for _, s := range slices.Sorted(maps.Keys(base.Sets)) {
		if d := c.SetTP[s] - base.SetTP[s]; d < -MaxSetLoss {
			return false, fmt.Sprintf("set %s loses %d exact TP (at most %d)", s, -d, MaxSetLoss)
		}
	}
	if n, most := len(Falling(base, c.Figures)), len(base.Sets)/10; n > most {
		return false, fmt.Sprintf("%d sets fall (at most %d of %d)", n, most, len(base.Sets))
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
