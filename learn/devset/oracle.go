package devset

import (
	"github.com/dyadproject/dyad/eval"
	"github.com/dyadproject/dyad/learn"
)

// Oracle kinds: what a perfect component of each kind would do, for
// measuring headroom (score them with Score at thresholds 0.5 and 0).
const (
	OracleDropAll  = "drop every event that is not exact"
	OracleDropFree = "drop every event nothing in the gold is close to (Drop)"
	OracleRelabel  = "give every event with gold actors the gold code"
	OracleBoth     = "relabel and drop as the labels say"
)

// Oracle returns the decisions of a perfect component of kind on items,
// read from the gold: headroom, not a model.
func Oracle(items []Item, kind string) [][]learn.Decision {
	out := make([][]learn.Decision, len(items))
	for i := range items {
		it := &items[i]
		all := it.events()
		labels := Label(it.Gold, all)
		gold := map[eval.Triple]bool{}
		for _, g := range it.Gold {
			gold[g] = true
		}
		for k, e := range all {
			var d learn.Decision
			l := labels[k]
			exact := gold[eval.Triple{Source: e.Source.Code, Target: e.Target.Code, Code: string(e.Code)}]
			switch kind {
			case OracleDropAll:
				if !exact {
					d.PDrop = 1
				}
			case OracleDropFree:
				if l == learn.Drop {
					d.PDrop = 1
				}
			case OracleRelabel, OracleBoth:
				if l != learn.Keep && l != learn.Drop {
					d.Best, d.PBest = l, 1
				}
				if kind == OracleBoth && l == learn.Drop {
					d.PDrop = 1
				}
			}
			out[i] = append(out[i], d)
		}
	}
	return out
}
