package coder

import "strings"

// timedSubordinators open an adverbial clause that says what happened at the
// same time as the main event, by its own actor: "India and Japan pledged to
// deepen their cooperation as Kishida visited New Delhi".
var timedSubordinators = map[string]bool{"AS": true, "WHILE": true, "WHEREAS": true}

// keepTimedClauses gives back to coding the leaves from..to of an adverbial
// clause (timedSubordinators) with a subject of its own that names an actor,
// which consume had marked used: the clause is a second event beside the
// main verb's, not part of it ("Iran criticized Iraq as Putin visited
// Tehran" is also RUSGOV>IRN 042). Its subject is not the main verb's target
// (adverbial.go).
func (s *sent) keepTimedClauses(from, to int) {
	for k := range s.nodes {
		sp := s.spans[k]
		if sp.first < from || sp.last > to || !isLabel(s.nodes[k].Label, "SBAR") {
			continue
		}
		cs := s.nodes[k].Children
		if len(cs) < 2 || !cs[0].IsLeaf() || !timedSubordinators[strings.ToUpper(cs[0].Word)] || !isLabel(cs[1].Label, "S") {
			continue
		}
		cl := k + 1 + s.spans[k+1].size // the S after the subordinator
		subj := false
		for _, c := range s.kids(cl) {
			if isLabel(s.nodes[c].Label, "NP") && s.coded(c) {
				subj = true
			}
		}
		if !subj {
			continue
		}
		for i := s.spans[cl].first; i <= s.spans[cl].last; i++ {
			s.used[i] = false
		}
	}
}
