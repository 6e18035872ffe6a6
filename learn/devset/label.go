package devset

import (
	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/eval"
	"github.com/dyadproject/dyad/learn"
)

// Label gives each event of one annotated example its training label
// against the example's gold events:
//   - learn.Keep when the event is exact, or when its countries and family
//     match a gold event (dropping it would lose a family+countries hit);
//   - the gold code when the event's source and target equal those of a
//     gold event no event matched exactly (the same family first): the
//     event has the right actors and the wrong code;
//   - learn.Drop when nothing in the gold is close: dropping it loses no
//     hit at any level.
//
// Events with the same triple share a label, as eval scores triples as a
// set.
func Label(gold []eval.Triple, events []dyad.Event) []string {
	inGold := map[eval.Triple]bool{}
	for _, g := range gold {
		inGold[g] = true
	}
	open := unmatched(gold, events)
	labels := make([]string, len(events))
	byTriple := map[eval.Triple]string{}
	// Pass 1: exact events, and events with the gold actors in the
	// gold family; pass 2: the gold actors in another family.
	for pass := 1; pass <= 2; pass++ {
		for i := range events {
			t := triple(&events[i])
			if _, ok := byTriple[t]; ok {
				continue
			}
			if inGold[t] {
				byTriple[t] = learn.Keep
				continue
			}
			for j, g := range open {
				if g.Source == t.Source && g.Target == t.Target && (pass == 2 || eval.FamilyTriple(g) == eval.FamilyTriple(t)) {
					byTriple[t] = g.Code
					open = append(open[:j:j], open[j+1:]...)
					break
				}
			}
		}
	}
	countries := map[eval.Triple]bool{}
	for _, g := range gold {
		countries[eval.CountryTriple(g)] = true
	}
	for i := range events {
		t := triple(&events[i])
		l, ok := byTriple[t]
		if !ok {
			l = learn.Drop
			if countries[eval.CountryTriple(t)] {
				l = learn.Keep
			}
			byTriple[t] = l
		}
		labels[i] = l
	}
	return labels
}

// triple is event e as eval scores it: its source, target and code.
func triple(e *dyad.Event) eval.Triple {
	return eval.Triple{Source: e.Source.Code, Target: e.Target.Code, Code: string(e.Code)}
}

// unmatched returns the gold events no event matched exactly, each once
// and in gold order: those open for a relabelling, by Label (a code) and
// RoleLabels (a role).
func unmatched(gold []eval.Triple, events []dyad.Event) []eval.Triple {
	predicted := map[eval.Triple]bool{}
	for i := range events {
		predicted[triple(&events[i])] = true
	}
	var open []eval.Triple
	seen := map[eval.Triple]bool{}
	for _, g := range gold {
		if !predicted[g] && !seen[g] {
			seen[g] = true
			open = append(open, g)
		}
	}
	return open
}
