package coder

import "strings"

// timedSubordinators open an adverbial clause that says what happened at the
// same time as the main event, by its own actor: "India and Japan pledged to
// deepen their cooperation as Kishida visited New Delhi".
var timedSubordinators = map[string]bool{"AS": true, "WHILE": true, "WHEREAS": true}

// sameDayMarks, before "after" or "before", put the clause's act on the
// main event's day: "hours after", "shortly before".
var sameDayMarks = map[string]bool{"HOURS": true, "MINUTES": true, "MOMENTS": true, "SHORTLY": true, "SOON": true}

// sameDay reports whether the subordinator at leaf i is "after" or "before"
// right after a same-day mark (sameDayMarks): "Israel struck Gaza hours
// after Hamas fired rockets at Tel Aviv" reports both acts as the day's
// news, where a bare "after" clause is background, and a day or more
// earlier ("days after", "a week after") is not the story day's.
func (s *sent) sameDay(i int) bool {
	if i < 1 || (s.words[i] != "AFTER" && s.words[i] != "BEFORE") {
		return false
	}
	return sameDayMarks[s.words[i-1]]
}

// keepTimedClauses gives back to coding the leaves from..to of an adverbial
// clause (timedSubordinators, or a same-day "hours after": sameDay) with a subject of its own that names an actor,
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
		if len(cs) < 2 || !cs[0].IsLeaf() || !(timedSubordinators[strings.ToUpper(cs[0].Word)] || s.sameDay(sp.first)) || !isLabel(cs[1].Label, "S") {
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

// clauseFloor returns the first leaf a pattern's words before the verb at
// leaf i may read: the subject of the adverbial clause holding the verb (an
// SBAR opened by a subordinator, around a clause with a subject of its
// own), or 0. In "Japan lodged a protest with China after Chinese warships
// attacked a Japanese fishing boat" the attack's patterns may not read the
// main clause's "protest" ("- PROTEST * [143]").
func (s *sent) clauseFloor(i int) int {
	for p := s.parent[s.leafK[i]]; p > 0; p = s.parent[p] {
		if !isLabel(s.nodes[p].Label, "S") {
			continue
		}
		up := s.parent[p]
		if up < 0 || !isLabel(s.nodes[up].Label, "SBAR") {
			continue
		}
		f := s.spans[up].first
		if s.tags[f] != "IN" || f >= s.spans[p].first || s.words[f] == "THAT" || s.words[f] == "WHETHER" || s.words[f] == "IF" {
			return 0
		}
		if !s.hasSubject(p) {
			return 0
		}
		return s.spans[p].first
	}
	return 0
}
