package coder

import "github.com/dyadproject/dyad"

// mediatedPairs drops the talks pair (046 both ways) of two parties a
// mediator's 045 reaches both of: talks with an identified mediator are
// the mediator's 045 to each party with no 046 pair between the parties,
// the sets' harmonised convention since session nine (045's usage note:
// mediation takes precedence; testdata/news/README.md, fresh16 z-107,
// fresh19 ac-017). "Colombian government and FARC negotiators opened peace
// talks, with Norway and Cuba acting as mediators" was the mediators' 045
// rows and the parties' own 046 pair beside them. Talks with no one
// mediating keep their pair, and so do talks the mediator reaches only one
// side of.
func mediatedPairs(evs []dyad.Event) []dyad.Event {
	for k := 0; k < len(evs); {
		if evs[k].Code == "046" && mediatedBetween(evs, evs[k].Source.Code, evs[k].Target.Code) {
			evs = append(evs[:k], evs[k+1:]...)
			continue
		}
		k++
	}
	return evs
}

// mediatedBetween reports whether one source other than a and b has a 045
// to a and a 045 to b in evs.
func mediatedBetween(evs []dyad.Event, a, b string) bool {
	for _, m := range evs {
		if m.Code != "045" || m.Target.Code != a || m.Source.Code == a || m.Source.Code == b {
			continue
		}
		for _, n := range evs {
			if n.Code == "045" && n.Source.Code == m.Source.Code && n.Target.Code == b {
				return true
			}
		}
	}
	return false
}
