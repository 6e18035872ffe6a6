package coder

import "github.com/dyadproject/dyad"

// ownDenials drops a denial (016) whose target is the bare state of its own
// source: "Vucic denied that Belgrade had any role", "the embassy dismissed
// the allegations as hype intended to smear China". A denial answers
// another's accusation; the state the denied words name is the denier's
// own, and the pattern's first actor after the verb found it. The news
// sets' README codes a denial to the accuser (016: "deny accusations"), and
// no dev gold row gives a state organ's 016 to its own bare state. A
// denial to a party of the same country ("the government denied the
// opposition's claims", SRBGOV>SRBOPP) names a role and stays.
func ownDenials(evs []dyad.Event) []dyad.Event {
	out := evs[:0]
	for _, e := range evs {
		if e.Code == "016" && len(e.Target.Code) == 3 && sameCountry(e.Source.Code, e.Target.Code) {
			continue
		}
		out = append(out, e)
	}
	return out
}
