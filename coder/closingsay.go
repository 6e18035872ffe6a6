package coder

import "github.com/dyadproject/dyad"

// A closing ", saying …". "Ghana closed its border with Togo on Monday,
// saying smugglers had used it", "the ministry rejected the report,
// saying its troops had acted lawfully": the participle gives the reason
// or the words with which the subject did the act the clause reports, the
// way an attribution does; it is not a second statement addressed to
// anyone. SAY's plain 010 there takes its target from whatever actor the
// reported words name (the smugglers' state, "Chinese border troops"), and
// the read sets code no such statement: over all 34 read dev halves every
// 010 of a closing "saying" is wrong (fresh11 t-186, fresh12 u-075, fresh19
// ac-030, fresh22 af-032) and none is in the gold. What the words say is
// still coded by its own verbs (a threat, an accusation, an appeal), and a
// "saying" with a code of its own (a pattern's 0xx other than 010) keeps
// it.

// closingSayings drops a plain statement (010) whose verb is the
// participle "saying" set off by a comma.
func (s *sent) closingSayings(evs []dyad.Event) []dyad.Event {
	found := false
	for k := range evs {
		if s.closingSaying(&evs[k]) {
			found = true
			break
		}
	}
	if !found {
		return evs
	}
	return withoutEvents(evs, s.closingSaying)
}

// closingSaying reports whether e is a plain statement told by a
// comma-led participle "saying".
func (s *sent) closingSaying(e *dyad.Event) bool {
	if e.Code != "010" {
		return false
	}
	v := s.leafAt(e.Verb.Start)
	return v > 0 && s.words[v] == "SAYING" && s.tags[v] == "VBG" && s.tags[v-1] == ","
}
