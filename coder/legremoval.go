package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// removalVerbs, after "to", remove an office holder: "voted to remove
// President X", "voted on Saturday to oust the prime minister".
var removalVerbs = map[string]bool{
	"REMOVE": true, "OUST": true, "DISMISS": true, "DEPOSE": true,
}

// legRemovals codes a legislature's vote that removes its state's
// government leader as the leader's forced yielding of power: the news
// sets' convention (testdata/news/README.md: "a parliament voting a
// president out" follows the coup rule, a low 0831 with the ousted
// government as source). An event of the legislature (LEG) on its own
// state's government whose verb is followed, within its phrase, by "to
// remove / oust / dismiss / depose" and that government's actor ("Congress
// voted to remove President X") becomes GOV>LEG 0831 — the verb's own
// reading (VOTE's "- * TO REMOVE [160]", reducing relations) is not what
// happened; an impeachment (115)
// that is said to remove ("voted to impeach X, removing him from office")
// keeps its 115 and gains the 0831. A removal only weighed ("a ruling on
// whether to remove her") adds nothing. A senate voting to remove is left
// as coded: senates remove a president only by convicting him in an
// impeachment trial (the United States, Brazil), which the sets code as
// the court's ruling (116, "a court removing a president").
func (s *sent) legRemovals(evs []dyad.Event) []dyad.Event {
	n := len(evs)
	for i := 0; i < n; i++ {
		e := &evs[i]
		st := stateOf(e.Source.Code)
		if st == "" || e.Source.Code != st+"LEG" || e.Target.Code != st+"GOV" {
			continue
		}
		v := s.leafAt(e.Verb.Start)
		if v < 0 {
			continue
		}
		switch {
		case s.votedToRemove(v, s.leafAt(e.Target.Span.Start)) && !trialChamber(e.Source.Text):
			e.Source, e.Target, e.Code = e.Target, e.Source, "0831"
			e.Pattern = "dyad: a legislature's vote removes the government (legremoval.go)"
		case e.Code == "115" && s.removingFromOffice(v) && !hasEvent(evs, e.Target.Code, e.Source.Code, "0831"):
			r := *e
			r.Source, r.Target, r.Code = e.Target, e.Source, "0831"
			r.Pattern = "dyad: an impeachment that removes the government (legremoval.go)"
			evs = append(evs, r)
		}
	}
	return evs
}

// votedToRemove reports whether the verb at leaf v is followed, within its
// phrase and a few words, by "to remove / oust / dismiss / depose" whose
// object is the event's target, the actor at leaf t: "voted to remove
// President X", "to oust the prime minister", not "voted to remove
// restrictions imposed by President X", where the target is named only
// further on.
func (s *sent) votedToRemove(v, t int) bool {
	end := s.lowEnd(v)
	for k := v + 1; k < end && k <= v+5; k++ {
		if s.words[k] == "," {
			return false
		}
		if s.words[k] == "TO" && removalVerbs[s.words[k+1]] {
			return t >= k+2 && t <= k+4 // "the embattled President X"
		}
	}
	return false
}

// removingFromOffice reports whether a participle "removing" follows the
// verb at leaf v and is itself followed by "from office" or "from power":
// "voted to impeach X, removing him from office".
func (s *sent) removingFromOffice(v int) bool {
	for k := v + 1; k+2 < len(s.words); k++ {
		if s.words[k] != "REMOVING" && s.words[k] != "OUSTING" {
			continue
		}
		for j := k + 1; j+1 < len(s.words) && j <= k+6; j++ {
			if s.words[j] == "FROM" && (s.words[j+1] == "OFFICE" || s.words[j+1] == "POWER") {
				return true
			}
		}
		return false
	}
	return false
}

// trialChamber reports whether the words naming a legislature name a senate,
// the chamber that tries an impeachment.
func trialChamber(text string) bool {
	return strings.Contains(strings.ToUpper(text), "SENATE")
}
