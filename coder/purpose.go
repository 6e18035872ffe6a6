package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Acts named only as the aim of a plan, a request or an attempt, or as what
// was prevented: "foiled a plot to assassinate the president", "rejected an
// ultimatum to accept a ceasefire", "urged them to seize the opportunity to
// sign a treaty", "stopped protesters from gathering". None reports the act
// as done. unrealized (clause.go) reads the same from verbs (failed to,
// planned to); these read it from a noun before the infinitive and from a
// verb of prevention before "from".

// aimedActs drops the events of verbs that name an aim (aimInfinitive) or
// a prevented act (prevented). It runs after demands, which read what a
// demand asks for from such verbs ("demanded that the US cancel plans to
// sell weapons to Taiwan"), and before dropSays, so a statement that
// reported only an aim stays.
func (s *sent) aimedActs(evs []dyad.Event, says []said, at []int) ([]dyad.Event, []said, []int) {
	for j := 0; j < len(evs); j++ {
		if v := at[2*j]; s.aimInfinitive(v) || s.prevented(v) {
			evs, says, at = s.without(evs, says, at, v, v)
			j = -1
		}
	}
	return evs, says, at
}

// aimNouns head a noun phrase whose to-infinitive names an act planned,
// asked for, offered, attempted or allowed for, not one done.
var aimNouns = map[string]bool{
	"PLOT": true, "PLOTS": true, "PLAN": true, "PLANS": true, "SCHEME": true, "CONSPIRACY": true,
	"ULTIMATUM": true, "REQUEST": true, "REQUESTS": true, "PROPOSAL": true, "PROPOSALS": true,
	"OFFER": true, "OFFERS": true, "INVITATION": true, "CALL": true, "CALLS": true,
	"APPEAL": true, "APPEALS": true, "DEMAND": true, "DEMANDS": true,
	"BID": true, "BIDS": true, "ATTEMPT": true, "ATTEMPTS": true,
	"WILLINGNESS": true, "READINESS": true, "OPPORTUNITY": true, "CHANCE": true,
	"THREAT": true, "THREATS": true, "PLEDGE": true, "PLEDGES": true, "PROMISE": true, "PROMISES": true,
	"INTENTION": true, "INTENTIONS": true, "REFUSAL": true, "FAILURE": true,
}

// aimInfinitive reports whether the verb at leaf i is inside a
// to-infinitive that follows a noun of aimNouns, with at most a
// prepositional phrase and closing quotes between ("any request from
// Washington to join", `a "historic opportunity" to sign`). The parser
// leaves such infinitives beside the noun phrase, not inside it, so the
// noun is read from the words before "to".
func (s *sent) aimInfinitive(i int) bool {
	child := s.leafK[i]
	for p := s.parent[child]; p >= 0; child, p = p, s.parent[p] {
		n := s.nodes[p]
		if isLabel(n.Label, "SBAR") {
			return false // a clause of its own
		}
		if !isLabel(n.Label, "S") || len(n.Children) != 1 || !isLabel(n.Children[0].Label, "VP") {
			continue
		}
		to := s.spans[p].first
		if s.words[to] != "TO" {
			continue
		}
		if aimNouns[s.wordBefore(p, to)] {
			return true
		}
	}
	return false
}

// wordBefore returns the word before leaf k, the first leaf of node p,
// skipping quotes and, when p's previous sibling is a prepositional phrase,
// that phrase: the head noun an infinitive complement follows.
func (s *sent) wordBefore(p, k int) string {
	j := k - 1
	for j >= 0 && isQuote(s.words[j]) {
		j--
	}
	if j < 0 {
		return ""
	}
	if up := s.parent[p]; up >= 0 {
		var buf [16]int
		kids := s.children(up, buf[:0])
		for c := 1; c < len(kids); c++ {
			if kids[c] == p && isLabel(s.nodes[kids[c-1]].Label, "PP") && s.spans[kids[c-1]].last == j {
				j = s.spans[kids[c-1]].first - 1
				for j >= 0 && isQuote(s.words[j]) {
					j--
				}
			}
		}
	}
	if j < 0 {
		return ""
	}
	return s.words[j]
}

func isQuote(w string) bool {
	switch w {
	case "``", "''", "\"", "'", "\u201c", "\u201d":
		return true
	}
	return false
}

// preventVerbs begin the verbs whose "from" + gerund names an act kept from
// happening: "stop protesters from gathering", "barred him from leaving".
var preventVerbs = [...]string{
	"STOP", "PREVENT", "BAR", "BAN", "BLOCK", "DETER", "KEEP", "KEPT", "DISCOURAG",
	"DISSUAD", "PROHIBIT", "RESTRAIN", "REFRAIN", "PRECLUD", "ABSTAIN", "DESIST", "FORBID", "FORBAD",
}

// prevented reports whether the verb at leaf i is a gerund after "from"
// whose phrase completes a verb of prevention: the act did not happen.
func (s *sent) prevented(i int) bool {
	if s.tags[i] != "VBG" || i == 0 || s.words[i-1] != "FROM" {
		return false
	}
	for p := s.parent[s.leafK[i-1]]; p >= 0; p = s.parent[p] {
		if !isLabel(s.nodes[p].Label, "VP") {
			continue
		}
		v := s.spans[p].first
		for v < i-1 && !strings.HasPrefix(s.tags[v], "VB") {
			v++
		}
		for _, stem := range preventVerbs {
			if strings.HasPrefix(s.words[v], stem) {
				return true
			}
		}
		return false
	}
	return false
}
