package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Responses by force. "Hezbollah captured two Israeli soldiers, and Israel
// responded with air strikes on southern Lebanon" reports the air strikes
// as Israel's act on Lebanon: "respond", "retaliate" and "react" with a
// means of force (the sub-code table's @means subjects: air strikes,
// shelling, rockets ...) name the attack by the noun, whose target follows
// in an "on", "against" or "at" phrase. The verbs have no code of their own
// for this, so the sentence's first event stood alone.

// responseVerbs name a reaction whose act is named by a "with" phrase.
var responseVerbs = map[string]bool{
	"RESPONDED": true, "RESPOND": true, "RESPONDS": true, "RESPONDING": true,
	"RETALIATED": true, "RETALIATE": true, "RETALIATES": true, "RETALIATING": true,
	"REACTED": true, "REACT": true, "REACTS": true, "REACTING": true,
}

// responses appends, for each response verb that coded nothing followed by
// "with" and a means of force, the attack it names from the verb's subject
// to the actor of the "on / against / at" phrase after the means.
func (s *sent) responses(evs []dyad.Event) []dyad.Event {
	for i := 0; i+3 < len(s.leaves); i++ {
		if s.del[i] || !strings.HasPrefix(s.tags[i], "VB") || !responseVerbs[s.words[i]] || s.words[i+1] != "WITH" {
			continue
		}
		if s.verbCoded(evs, i) {
			continue
		}
		on := -1
		for j := i + 2; j < len(s.leaves) && j <= i+8; j++ {
			if w := s.words[j]; w == "ON" || w == "AGAINST" || w == "AT" {
				on = j
				break
			}
			if t := s.tags[j]; t == "," || t == "." || t == ":" || strings.HasPrefix(t, "VB") {
				break
			}
		}
		if on < 0 || on == i+2 {
			continue
		}
		code := s.means("190", i+2, on-1)
		if code == "" || code[:2] != "19" {
			continue
		}
		src := s.subject(i, -1)
		tgt := s.nextMention(on+1, on+6)
		if src < 0 || tgt < 0 || src == tgt {
			continue
		}
		for a := range s.nes[src].codes {
			sa := s.actor(&s.nes[src].codes[a])
			for b := range s.nes[tgt].codes {
				ta := s.actor(&s.nes[tgt].codes[b])
				if sa.Code == nullCode || ta.Code == nullCode || sa.Code == ta.Code {
					continue
				}
				evs = append(evs, dyad.Event{
					Source:   sa,
					Target:   ta,
					Code:     dyad.Code(code),
					Verb:     s.span(i, on-1),
					VerbText: s.text(i, on-1),
					Pattern:  "response with a means of force (coder/response.go)",
				})
			}
		}
	}
	return evs
}
