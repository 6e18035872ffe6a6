package coder

import "github.com/dyadproject/dyad"

// deadlines recodes a grant (GIVE's 060) that sets a deadline as the
// threat it is: "ECOWAS gave Niger's junta one week to reinstate Bazoum or
// face the use of force" grants nothing; it demands under a threat. The
// threat is read as ultimatums reads an "or face" after a demand
// (consequence: force 138, sanctions 1312); a consequence the words do not
// name is CAMEO's 139 Give ultimatum ("threaten to take action if demands
// are not met by a specified time"). The deadline ("one week", "48 hours")
// must stand right before "to" or "until" within eight leaves of the verb,
// and "or face / or risk" follow it within thirty leaves, before the
// sentence's stop.
func (s *sent) deadlines(evs []dyad.Event) []dyad.Event {
	for k := range evs {
		e := &evs[k]
		if string(e.Code) != "060" {
			continue
		}
		vi := s.leafAt(e.Verb.Start)
		if vi < 0 || !giveWords[s.words[vi]] || !s.deadlineAfter(vi) {
			continue
		}
		for i := vi + 2; i+1 < len(s.leaves) && i <= vi+30; i++ {
			if s.tags[i] == "." {
				break
			}
			if s.words[i] != "OR" {
				continue // consequenceAt also takes ", warning of": no deadline's threat
			}
			from := s.consequenceAt(i)
			if from < 0 {
				continue
			}
			code := s.consequence(from, s.phraseEnd(from), true)
			if code == "130" {
				code = "139"
			}
			e.Code = dyad.Code(code)
			e.Pattern = "dyad: a deadline given is an ultimatum (coder/deadline.go)"
			break
		}
	}
	return evs
}

// giveWords are GIVE's forms.
var giveWords = map[string]bool{"GAVE": true, "GIVE": true, "GIVES": true, "GIVEN": true, "GIVING": true}

// deadlineAfter reports whether a span of time followed by "to" or
// "until" ("one week to", "48 hours to") comes within eight leaves after
// leaf vi.
func (s *sent) deadlineAfter(vi int) bool {
	for j := vi + 1; j+1 < len(s.words) && j <= vi+8; j++ {
		switch s.words[j] {
		case "DAYS", "HOURS", "WEEK", "WEEKS", "MONTH", "MONTHS":
			if s.words[j+1] == "TO" || s.words[j+1] == "UNTIL" {
				return true
			}
		}
	}
	return false
}
