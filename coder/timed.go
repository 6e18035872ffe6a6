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
// clause (timedSubordinators, or a same-day "hours after": sameDay, or a
// bare "after" of the story day whose subject is another party than the
// verb's at leaf vi: bareAfter, otherParty) with a subject of its own that names an actor,
// which consume had marked used: the clause is a second event beside the
// main verb's, not part of it ("Iran criticized Iraq as Putin visited
// Tehran" is also RUSGOV>IRN 042). Its subject is not the main verb's target
// (adverbial.go).
func (s *sent) keepTimedClauses(vi, from, to int) {
	for k := range s.nodes {
		sp := s.spans[k]
		if sp.first < from || sp.last > to || !isLabel(s.nodes[k].Label, "SBAR") {
			continue
		}
		cs := s.nodes[k].Children
		if len(cs) < 2 || !cs[0].IsLeaf() || !isLabel(cs[1].Label, "S") {
			continue
		}
		// own: the clause is an act of its own whoever its subject is (a
		// timed or same-day clause, a crowd's "before": crowd.go); a bare
		// "after" is only when its subject is another party. s.words holds
		// the subordinator upper-cased already, without a copy.
		own := timedSubordinators[s.words[sp.first]] || s.sameDay(sp.first) || s.crowdBefore(sp.first, sp.last, vi)
		if !own && !s.bareAfter(sp.first, sp.last) {
			continue
		}
		cl := k + 1 + s.spans[k+1].size // the S after the subordinator
		subj := false
		for _, c := range s.kids(cl) {
			if isLabel(s.nodes[c].Label, "NP") && s.coded(c) {
				subj = own || s.otherParty(c, vi)
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

// earlierMarks put an "after" clause's act a day or more before the main
// event: "days after", "a week after", "after rebels seized the town last
// month", "after talks earlier this year".
var earlierMarks = map[string]bool{
	"DAY": true, "DAYS": true, "WEEK": true, "WEEKS": true, "MONTH": true, "MONTHS": true,
	"YEAR": true, "YEARS": true, "LONG": true, "DECADES": true, "DECADE": true,
	"LAST": true, "EARLIER": true, "AGO": true, "YESTERDAY": true, "PREVIOUSLY": true,
	"PREVIOUS": true, "SINCE": true,
}

// bareAfter reports whether the "after" at leaf i opens a clause (to leaf
// last) that reports an act of the story day: no mark of an earlier time
// before "after" or inside the clause (earlierMarks). News puts the trigger
// of the day's reaction there: "Armenia put its forces on alert after
// Azerbaijani troops launched an offensive".
func (s *sent) bareAfter(i, last int) bool {
	if s.words[i] != "AFTER" {
		return false
	}
	if i > 0 && earlierMarks[s.words[i-1]] {
		return false
	}
	verb := false
	for k := i + 1; k <= last; k++ {
		if earlierMarks[s.words[k]] {
			return false
		}
		if !verb && strings.HasPrefix(s.tags[k], "VB") {
			// The clause's first verb is a simple past of an act, not a
			// pluperfect or a passive ("after talks had collapsed", "after
			// he was arrested"): those tell the earlier story.
			switch s.words[k] {
			case "HAD", "WAS", "WERE", "HAS", "HAVE", "IS", "ARE", "BEEN":
				return false
			}
			if s.tags[k] != "VBD" {
				return false
			}
			verb = true
		}
	}
	return verb
}

// otherParty reports whether the subject NP c of a bare "after" clause
// names only actors of other countries than the subject of the verb at
// leaf vi: the trigger of a reaction is another party's act.
func (s *sent) otherParty(c, vi int) bool {
	m := int32(-1)
	for j := s.spans[c].first; j <= s.spans[c].last && m < 0; j++ {
		if k := s.ne[j]; k >= 0 && len(s.nes[k].codes) > 0 {
			m = k
		}
	}
	e := s.subject(vi, -1)
	if m < 0 || e < 0 {
		return false
	}
	for _, a := range s.nes[m].codes {
		for _, b := range s.nes[e].codes {
			if sameCountry(a.base, b.base) || a.base == "" || b.base == "" {
				return false
			}
		}
	}
	return true
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
