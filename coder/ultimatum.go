package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Ultimatums. "The Security Council demanded that Iran suspend enrichment by
// August 31 or face sanctions" and "urged Belgrade to withdraw its troops or
// face air strikes" are a demand (or appeal) and a threat: what the target
// will face if it does not comply is threatened by the one who demands it
// (CAMEO 13: "threaten ... if demands are not met"). The dictionary codes the
// demand; the threat is the "or face" conjunct, from the demand's source to
// its target, of the sub-code its complement names (1312 sanctions, 138
// force), read in the sub-code table and, for the consequences news names
// that the table has no subject for, in ultimatumCodes.

// faceVerbs open the consequence after "or".
var faceVerbs = map[string]bool{"FACE": true, "RISK": true}

// ultimatumCodes are the threats of consequences the sub-code table does
// not read: penalties and fines are economic sanctions (1312), suspension
// or expulsion from a body a cut in relations (1313).
var ultimatumCodes = map[string]string{
	"PENALTIES": "1312", "PENALTY": "1312", "FINES": "1312",
	"SUSPENSION": "1313", "EXPULSION": "1313",
}

// ultimatums adds, for each "or face" (faceVerbs) after a demand or an
// appeal (roots 10 and 02) asked outright (askedOutright) in the sentence, the threat of what follows it,
// from the demand's source to its target. A threat the sentence already
// codes between the two is left alone.
func (s *sent) ultimatums(evs []dyad.Event) []dyad.Event {
	n := len(evs)
	for i := 1; i+1 < len(s.leaves); i++ {
		from := s.consequenceAt(i)
		if from < 0 {
			continue
		}
		d := -1
		for k := range evs[:n] {
			c := string(evs[k].Code)
			if evs[k].Verb.Start < s.leaves[i].Start && len(c) >= 3 && (c[:2] == "10" || c[:2] == "02") && s.askedOutright(evs[k].Verb.Start, i) {
				d = k
			}
		}
		if d < 0 {
			continue
		}
		code := s.consequence(from, s.phraseEnd(from), s.words[i] == "OR")
		if code == "" {
			continue
		}
		if hasEventUnder(evs, evs[d].Source.Code, evs[d].Target.Code, "13") {
			continue
		}
		e := evs[d]
		e.Code = dyad.Code(code)
		e.Verb = s.span(i, i+1)
		e.VerbText, e.Pattern = s.text(i, i+1), "or face: the demand's threat (coder/ultimatum.go)"
		evs = append(evs, e)
	}
	return evs
}

// consequenceAt returns the first leaf of the consequence an ultimatum
// names at leaf i, or -1: "or face sanctions" (faceVerbs after "or"), or a
// closing ", warning of consequences" (tagged a verb or, after the comma, a
// noun).
func (s *sent) consequenceAt(i int) int {
	if s.del[i] || i+2 >= len(s.leaves) {
		return -1
	}
	t := s.tags[i+1]
	verbal := strings.HasPrefix(t, "VB") || t == "NN"
	switch {
	case s.words[i] == "OR" && faceVerbs[s.words[i+1]] && verbal:
		return i + 2
	case s.tags[i] == "," && (s.words[i+1] == "WARNING" || s.words[i+1] == "THREATENING") && verbal && s.words[i+2] == "OF":
		return i + 3
	}
	return -1
}

// askedOutright reports whether the demand whose verb is at byte offset
// start asks for the act before "or" at leaf or itself, not by a modal of
// obligation in a statement: "declared that China must drop barriers ...
// or face tariff penalties" is coded by the CAMEO manual as the one demand
// (1011), the consequence being part of the obligation stated.
func (s *sent) askedOutright(start, or int) bool {
	for j := range s.leaves {
		if s.leaves[j].Start < start || j >= or {
			continue
		}
		switch s.words[j] {
		case "MUST", "SHOULD", "OUGHT":
			return false
		}
	}
	return true
}

// phraseEnd returns the last leaf of the consequence that starts at leaf
// i: up to a comma, a period or a subordinator.
func (s *sent) phraseEnd(i int) int {
	j := i
	for ; j < len(s.leaves); j++ {
		switch s.tags[j] {
		case ",", ".", ":", "WDT", "WRB":
			return j - 1
		}
		if s.words[j] == "IF" || s.words[j] == "UNLESS" {
			return j - 1
		}
	}
	return j - 1
}

// consequence codes the threat of what leaves from..to name: the sub-code
// table's threat, else ultimatumCodes', else 130 when a word of
// threatNouns names it ("warning of consequences") or the ultimatum says
// "or face" (faced says so: "or face prosecution"), else "": a warning of
// famine or of a crisis threatens no one.
func (s *sent) consequence(from, to int, faced bool) string {
	if from > to {
		return ""
	}
	if d := s.subcode("130", from, to, ""); d != "130" {
		return d
	}
	threat := false
	for k := from; k <= to; k++ {
		if c, ok := ultimatumCodes[s.words[k]]; ok {
			return c
		}
		threat = threat || threatNouns[s.words[k]]
	}
	if threat || faced {
		return "130"
	}
	return ""
}

// threatNouns name an unspecified threatened response (130).
var threatNouns = map[string]bool{
	"CONSEQUENCES": true, "RETALIATION": true, "REPRISALS": true, "PUNISHMENT": true,
	"RESPONSE": true, "MEASURES": true, "COUNTERMEASURES": true, "ACTION": true, "STEPS": true,
}
