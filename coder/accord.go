package coder

import (
	"slices"

	"github.com/dyadproject/dyad"
)

// mutualAccord reports whether the events of the verb at leaf v are all
// between its own sources srcs: two parties' accord with each other ("Putin
// and Xi agreed that ..."), not a statement addressed to a third.
func (s *sent) mutualAccord(evs []dyad.Event, at []int, v int, srcs []dyad.Actor) bool {
	if len(srcs) < 2 {
		return false
	}
	own := false
	for j := range evs {
		if at[2*j] != v {
			continue
		}
		own = true
		if !slices.ContainsFunc(srcs, func(a dyad.Actor) bool { return a.Code == evs[j].Target.Code }) {
			return false
		}
	}
	return own
}
