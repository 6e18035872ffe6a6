package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// vetoVerbs are the finite forms of VETO.
var vetoVerbs = map[string]bool{"VETOED": true, "VETOES": true, "VETO": true}

// draftVerbs are the participles that name a text's author after "which"
// or inside a hyphenated "STATE-drafted".
var draftVerbs = map[string]bool{"DRAFTED": true, "SPONSORED": true, "AUTHORED": true, "CO-DRAFTED": true, "CO-SPONSORED": true}

// draftedThings are the nouns a hyphenated "STATE-drafted" names the author
// of when the veto's own phrase did not: "saying the Brazil-drafted text
// ...".
var draftedThings = map[string]bool{
	"TEXT": true, "RESOLUTION": true, "DRAFT": true, "MEASURE": true, "PROPOSAL": true,
}

// vetoDrafters aims a veto at the text's drafters when the sentence names
// them after the veto's own phrase. A veto of a Security Council
// resolution is 129 to the states that drafted it, the Council only where
// no drafter is named (the sets' convention since session ten); the
// patterns read the target from the object alone, so "Russia vetoed a U.N.
// Security Council resolution ..., drawing criticism from Britain, which
// drafted the text with Sierra Leone" and "The United States vetoed a
// resolution ..., saying the Brazil-drafted text failed to ..." were vetoes
// of the Council. The drafter is the antecedent of "which/who drafted" with
// any co-drafter after "with", or the state of a later "STATE-drafted text";
// the Council's event gives way to one per drafter.
func (s *sent) vetoDrafters(evs []dyad.Event) []dyad.Event {
	for vi, w := range s.words {
		if !vetoVerbs[w] || !strings.HasPrefix(s.tags[vi], "VB") {
			continue
		}
		verb := s.span(vi, vi)
		n := len(evs)
		var first, second dyad.Actor
		found := false
		for k := 0; k < n; k++ {
			if evs[k].Verb != verb || string(evs[k].Code) != "129" || !strings.HasPrefix(evs[k].Target.Code, "IGOUNO") {
				continue
			}
			if !found {
				var ok bool
				if first, second, ok = s.laterDrafters(vi + 1); !ok {
					break
				}
				found = true
			}
			e := evs[k]
			e.Target = first
			e.Pattern = "a veto aimed at the drafters named after it (coder/vetodrafter.go)"
			evs[k] = e
			if second.Code != "" && !hasEvent(evs, e.Source.Code, second.Code, "129") {
				e.Target = second
				evs = append(evs, e)
			}
		}
	}
	return evs
}

// laterDrafters returns the drafter (and a co-drafter, if any) that the
// words from leaf from on name: "Britain, which drafted the text with
// Sierra Leone" or "the Brazil-drafted text".
func (s *sent) laterDrafters(from int) (first, second dyad.Actor, ok bool) {
	for i := from; i+1 < len(s.words); i++ {
		w := s.words[i]
		if (w == "WHICH" || w == "WHO") && draftVerbs[s.words[i+1]] {
			j := i - 1
			if j >= 0 && s.words[j] == "," {
				j--
			}
			if j < from {
				return first, second, false // the antecedent would be the veto's own phrase
			}
			a := s.mentionAt(j, false)
			if a == nil {
				return first, second, false
			}
			first = s.actor(a)
			// "... with Sierra Leone": a co-drafter within the next few words.
			for k := i + 2; k < len(s.words) && k <= i+6; k++ {
				if s.tags[k] == "," || s.tags[k] == "." {
					break
				}
				if s.words[k] == "WITH" {
					if a := s.mentionAt(k+1, true); a != nil {
						second = s.actor(a)
					}
					break
				}
			}
			return first, second, true
		}
		parts, whole := hyphenParts(w)
		if !whole || len(parts) < 2 || !draftVerbs[parts[len(parts)-1]] {
			continue
		}
		if a := s.mentionAt(i, true); a != nil {
			return s.actor(a), second, true
		}
		idx, _ := s.compoundState(s.words, i, parts, draftedThings) // authored.go
		if idx < 0 {
			continue
		}
		ac := s.entryAt(idx, i) // hosted.go
		return s.actor(&ac), second, true
	}
	return first, second, false
}

// mentionAt returns the one code of the actor mention, in a kept or a
// dropped clause, that starts (start) or ends (!start) at leaf i; nil when
// there is none or it has several codes. A relative clause's antecedent
// ("Britain, which drafted the text") sits in a clause the parse may drop.
func (s *sent) mentionAt(i int, start bool) *acode {
	for _, ms := range [2][]mention{s.nes, s.hidden} {
		for m := range ms {
			if start && ms[m].first == i || !start && ms[m].last == i {
				if len(ms[m].codes) != 1 || !ms[m].codes[0].hasActor {
					return nil
				}
				return &ms[m].codes[0]
			}
		}
	}
	return nil
}
