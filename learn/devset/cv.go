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

// Grid reports, for every pair of thresholds, the cross-validated figures
// against the coder's own (base), and returns the pair with the highest
// mean exact F1 among those the round's acceptance rule would take on
// these figures (accepts); 1, 1, which changes nothing, if none.
func Grid(w io.Writer, items []Item, decisions [][]learn.Decision, dropAts, relabelAts []float64) (dropAt, relabelAt float64, best Figures) {
	base := Score(items, nil, 1, 1)
	fmt.Fprintf(w, "base: exact TP %d, country TP %d, pooled exact F1 %.4f, mean exact F1 %.4f\n", base.ExactTP, base.CountryTP, base.Exact, base.MeanExact)
	dropAt, relabelAt, best = 1, 1, base
	for _, d := range dropAts {
		for _, m := range relabelAts {
			f := Score(items, decisions, d, m)
			worst, ws := 0.0, ""
			for _, s := range slices.Sorted(maps.Keys(base.Sets)) { // ties: the same set every run
				if d := f.Sets[s] - base.Sets[s]; d < worst {
					worst, ws = d, s
				}
			}
			fmt.Fprintf(w, "drop_at %.2f relabel_at %.2f: exact TP %d (%+d), country TP %d (%+d), pooled exact F1 %.4f, mean exact F1 %.4f (%+.4f), worst set %s %+.4f\n",
				d, m, f.ExactTP, f.ExactTP-base.ExactTP, f.CountryTP, f.CountryTP-base.CountryTP, f.Exact, f.MeanExact, f.MeanExact-base.MeanExact, ws, worst)
			if accepts(base, f) && f.MeanExact > best.MeanExact+1e-9 {
				dropAt, relabelAt, best = d, m, f
			}
		}
	}
	return dropAt, relabelAt, best
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

// accepts is the acceptance rule for a learned component, applied to
// cross-validated dev figures: summed exact hits and the mean exact F1
// rise, summed family+countries hits do not fall (a relabelling within
// the family cannot raise them), and no set's exact F1 falls by more than
// 0.01.
func accepts(base, f Figures) bool {
	if f.ExactTP <= base.ExactTP || f.CountryTP < base.CountryTP || f.MeanExact <= base.MeanExact {
		return false
	}
	for s, x := range base.Sets {
		if f.Sets[s] < x-0.01 {
			return false
		}
	}
	return true
}
