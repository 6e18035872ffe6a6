package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// protestActors are the nouns that name street protest or its crowds.
var protestActors = map[string]bool{
	"PROTESTS": true, "PROTEST": true, "DEMONSTRATIONS": true, "PROTESTERS": true,
	"DEMONSTRATORS": true, "PROTESTORS": true, "UPRISING": true, "RALLIES": true,
}

// protestOpeners open the phrase or clause that gives protest as the
// setting of a resignation: "after 18 days of mass protests", "as
// protesters stormed her residence", "amid protests".
var protestOpeners = map[string]bool{"AFTER": true, "AS": true, "AMID": true, "FOLLOWING": true}

// resignations adds the resignation of a leader who steps down
// under protest (0831, "accede to demands for change in leadership") with
// the protesters as target: "Egyptian President Hosni Mubarak stepped down
// after 18 days of mass protests" is EGYGOV>EGYOPP 0831, "Nepal's Prime
// Minister KP Sharma Oli resigned as protesters set fire to parliament"
// NPLGOV>NPLOPP 0831 (the news sets' convention: resignations under
// protest 0831 to the protesters, protesters unnamed their country's OPP).
// The leader is the named subject of resigned / stepped down / announced
// his resignation; the protest noun follows after, as, amid or following
// within five leaves, in the same sentence after the verb.
func (s *sent) resignations(evs []dyad.Event) []dyad.Event {
	for v := 1; v+1 < len(s.leaves); v++ {
		end, ok := s.resignsAt(v)
		if !ok || s.del[v] || s.earlierDayClause(v) {
			continue
		}
		_, sc := s.soleSubject(v)
		if sc == nil {
			continue
		}
		leader := s.actor(sc)
		st := stateOf(leader.Code)
		if st == "" {
			continue
		}
		p := s.protestAfter(end + 1)
		if p < 0 {
			continue
		}
		// The protest noun stands for the protesters it names.
		tgt := dyad.Actor{Code: st + "OPP", Text: s.text(p, p), Span: s.span(p, p), Entry: "implied: protesters are their country's opposition", Dict: "dyad.implied"}
		if leader.Code == tgt.Code || hasEvent(evs, leader.Code, tgt.Code, "0831") {
			continue
		}
		evs = append(evs, dyad.Event{Source: leader, Target: tgt, Code: "0831", Verb: s.span(v, end), VerbText: s.text(v, end),
			Pattern: "dyad: a resignation under protest (nounresign.go)"})
	}
	return evs
}

// earlierDayClause reports whether the resignation at leaf v sits in a
// clause that dates it a day or more before the story: "the army chief
// said on Tuesday an interim government would be formed, a day after
// Prime Minister X resigned as protesters stormed her residence" reports
// the resignation as background, and the sets do not code an act of an
// earlier day (relday.go's "hours after" keeps the same day's). The
// opener (after, before, since) is looked for back to the clause's comma.
func (s *sent) earlierDayClause(v int) bool {
	for j := v - 1; j > 0; j-- {
		switch s.words[j] {
		case ",", ";", ":":
			return false
		case "AFTER", "BEFORE", "SINCE":
			return s.dayBefore(j)
		}
	}
	return false
}

// resignsAt reports whether leaf v opens a finite resignation ("resigned",
// "stepped down", "announced his resignation") and returns its last leaf.
func (s *sent) resignsAt(v int) (int, bool) {
	if !s.finiteOrPerfect(v) { // "has resigned", not "the resigned minister"
		return v, false
	}
	switch s.words[v] {
	case "RESIGNED", "RESIGNS", "QUIT", "QUITS":
		return v, true
	case "STEPPED", "STEPS":
		return v + 1, v+1 < len(s.words) && s.words[v+1] == "DOWN"
	case "ANNOUNCED", "ANNOUNCES", "SUBMITTED", "TENDERED":
		if v+2 < len(s.words) && (s.words[v+1] == "HIS" || s.words[v+1] == "HER") && s.words[v+2] == "RESIGNATION" {
			return v + 2, true
		}
	}
	return v, false
}

// protestAfter returns the leaf of a protest noun that follows an opener
// of protestOpeners within the rest of the sentence from leaf k, at most
// five leaves after the opener ("after 18 days of mass protests"), or -1.
func (s *sent) protestAfter(k int) int {
	for j := k; j < len(s.words); j++ {
		if !protestOpeners[s.words[j]] {
			continue
		}
		for i := j + 1; i < len(s.words) && i <= j+5; i++ {
			if protestActors[s.words[i]] && strings.HasPrefix(s.tags[i], "NN") {
				return i
			}
			if t := s.tags[i]; t == "," || t == "." || strings.HasPrefix(t, "VB") {
				break
			}
		}
	}
	return -1
}
