package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// A demand closing a protest. "Thousands of protesters marched through the
// capital, demanding that the prime minister resign" and "farmers blocked
// roads into Brussels, demanding relief from the rules" report one act: a
// demonstration (14) whose demand is its content, which CAMEO codes as the
// protest's sub-code (1411 "demonstrate for leadership change", 1442
// "obstruct passage to demand policy change" …), not as a second event, a
// demand (10). The closing participle's demand is dropped when an earlier
// protest event of the same side stands in the clause it closes, and a
// protest still at its three-digit code takes the sub-code the demand was
// given (104x's last digit: leadership, policy, rights, institutions).
// A demand made by another side, one closing another clause (a finite verb
// between), or one with no protest before it stays.

// protestDemands folds closing demand participles into the protest they
// close. The sub-codes are given in a pass of their own before any demand is
// dropped: dropEvents copies the events it keeps as it goes, so a protest
// recoded from inside its callback after the protest was copied would keep
// its three-digit code (two protests, each with its demand, in one sentence).
func (s *sent) protestDemands(evs []dyad.Event) []dyad.Event {
	found := false
	for k := range evs {
		if s.closingDemand(&evs[k]) {
			found = true
			if j := s.demandedProtest(evs, k); j >= 0 {
				e, a := &evs[j], &evs[k]
				if c := string(e.Code); len(c) == 3 && len(a.Code) == 4 && strings.HasPrefix(string(a.Code), "104") && a.Code[3] >= '1' && a.Code[3] <= '4' {
					e.Code = dyad.Code(c + string(a.Code[3]))
				}
			}
		}
	}
	if !found {
		return evs
	}
	return dropEvents(evs, func(k int) bool {
		return s.closingDemand(&evs[k]) && s.demandedProtest(evs, k) >= 0
	})
}

// demandedProtest returns the index of the protest (root 14) that the
// closing demand evs[k] closes: an earlier protest of the same side with no
// finite verb between; else -1. A sub-code given to the protest does not
// change the answer (only its root is read).
func (s *sent) demandedProtest(evs []dyad.Event, k int) int {
	a := &evs[k]
	v := s.leafAt(a.Verb.Start)
	for j := range evs {
		e := &evs[j]
		if j == k || !strings.HasPrefix(string(e.Code), "14") || e.Verb.Start >= a.Verb.Start ||
			!sameSide(e.Source.Code, a.Source.Code) || s.finiteBetween(s.leafAt(e.Verb.Start), v) {
			continue
		}
		return j
	}
	return -1
}

// closingDemand reports whether e is a demand (root 10) told by a
// comma-led participle "demanding".
func (s *sent) closingDemand(e *dyad.Event) bool {
	if !strings.HasPrefix(string(e.Code), "10") {
		return false
	}
	v := s.leafAt(e.Verb.Start)
	return v > 0 && s.words[v] == "DEMANDING" && s.tags[v] == "VBG" && s.tags[v-1] == ","
}
