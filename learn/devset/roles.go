package devset

import (
	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/eval"
	"github.com/dyadproject/dyad/learn"
)

// RoleLabels gives each side of each event of one annotated example its
// role relabeller label against the example's gold events (two per event,
// source then target):
//   - learn.Keep for both sides when the event's source and target are
//     those of a gold event (its actors are right, whatever its code);
//   - otherwise, when a gold event no event matched exactly has the
//     event's countries and its code (or, failing that, its family), each
//     side's label is learn.Keep where the actor codes agree and the
//     gold's role class (learn.RoleOf) where they differ;
//   - "" (no label, left out of training) when nothing in the gold has
//     the event's countries and family: its sides say nothing of roles.
//
// Events with the same triple share labels, as eval scores triples as a
// set.
func RoleLabels(gold []eval.Triple, events []dyad.Event) [][2]string {
	actors := map[[2]string]bool{}
	for _, g := range gold {
		actors[[2]string{g.Source, g.Target}] = true
	}
	open := unmatched(gold, events)
	side := func(have, want string) string {
		if have == want {
			return learn.Keep
		}
		_, c, ok := learn.RoleOf(want)
		if !ok {
			return ""
		}
		return c
	}
	byTriple := map[eval.Triple][2]string{}
	// Pass 1: right actors, or the gold's code and countries; pass 2:
	// the gold's family and countries.
	for pass := 1; pass <= 2; pass++ {
		for i := range events {
			t := triple(&events[i])
			if _, ok := byTriple[t]; ok {
				continue
			}
			if actors[[2]string{t.Source, t.Target}] {
				byTriple[t] = [2]string{learn.Keep, learn.Keep}
				continue
			}
			for j, g := range open {
				if eval.CountryTriple(g) == eval.CountryTriple(t) && (pass == 2 || g.Code == t.Code) {
					byTriple[t] = [2]string{side(t.Source, g.Source), side(t.Target, g.Target)}
					open = append(open[:j:j], open[j+1:]...)
					break
				}
			}
		}
	}
	labels := make([][2]string, len(events))
	for i := range events {
		labels[i] = byTriple[triple(&events[i])]
	}
	return labels
}

// RoleExamples gives the role relabeller's training examples of items:
// one per labelled side of each event (RoleLabels), weighted as Examples
// weights events.
func RoleExamples(items []Item) []learn.Example {
	var out []learn.Example
	for i := range items {
		it := &items[i]
		all := it.events()
		labels := RoleLabels(it.Gold, all)
		w := weight(len(all))
		it.eachEvent(func(s *learn.Sentence, k, n int) {
			e := &s.Events[k]
			for side, code := range [2]string{e.Source.Code, e.Target.Code} {
				key, own, ok := learn.RoleOf(code)
				if l := labels[n][side]; ok && l != "" {
					out = append(out, learn.Example{Features: learn.RoleFeatures(s, k, side), Label: l, Code: own, Key: key, Weight: w})
				}
			}
		})
	}
	return out
}
