package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Accusations denied in a clause of their own. Wire copy often closes an
// accusation with the accused's answer in a clause joined to it: "Kosovo
// accused Serbia of massing troops, and Belgrade denied the charge",
// "Thailand accused Cambodia of breaking the truce, but Phnom Penh denied
// it", "India accused Pakistan of shelling the border, which Islamabad
// denied". The denial is the accused's 016 to the accuser, as "Serbia
// denied Kosovo's accusation" would be coded; its object names no actor
// ("the charge", "it", a that-clause) or is the relative itself, so the
// verb codes nothing. deniedClaims (deniedclaim.go) reads the apposed
// form, ", an allegation Kigali denied".

// clauseDenials are the finite verbs of denial that answer an accusation.
var clauseDenials = map[string]bool{
	"DENIED": true, "DENIES": true, "REJECTED": true, "REJECTS": true,
	"DISMISSED": true, "DISMISSES": true, "REFUTED": true, "DISPUTED": true,
}

// clauseJoins open the denier's clause after a comma.
var clauseJoins = map[string]bool{"AND": true, "BUT": true, "WHILE": true, "WHICH": true}

// deniedCharges adds, for a denial verb that coded nothing and whose
// subject opens a clause joined by ", and / but / while / which" after an
// accusation (112 or a sub-code) coded earlier in the sentence, the
// denier's 016 to the accuser, when the denier is the accused's state.
func (s *sent) deniedCharges(evs []dyad.Event) []dyad.Event {
	for d := 3; d < len(s.words); d++ {
		if !strings.HasPrefix(s.tags[d], "VB") || !clauseDenials[s.words[d]] || s.verbCoded(evs, d) {
			continue
		}
		// The denier's mention ends right before the verb, past an
		// auxiliary or adverb ("Kigali has repeatedly denied").
		j := d - 1
		for j > 0 && (s.words[j] == "HAS" || s.words[j] == "HAVE" || s.words[j] == "HAD" || strings.HasPrefix(s.tags[j], "RB")) {
			j--
		}
		mt := s.mentionEndingAt(j)
		if mt == nil || !mt.codes[0].hasActor {
			continue
		}
		open := mt.first - 1
		if open < 1 || !clauseJoins[s.words[open]] || s.tags[open-1] != "," {
			continue
		}
		denier := s.actor(&mt.codes[0])
		if len(denier.Code) < 3 {
			continue
		}
		for e := range evs {
			acc := &evs[e]
			if !strings.HasPrefix(string(acc.Code), "112") || acc.Verb.Start >= s.leaves[open].Start {
				continue
			}
			if len(acc.Target.Code) < 3 || acc.Target.Code[:3] != denier.Code[:3] || len(acc.Source.Code) < 3 || acc.Source.Code[:3] == denier.Code[:3] {
				continue
			}
			evs = append(evs, dyad.Event{
				Source:   denier,
				Target:   acc.Source,
				Code:     "016",
				Verb:     s.span(d, d),
				VerbText: s.text(d, d),
				Pattern:  "accusation denied in a joined clause (coder/denialclause.go)",
			})
			break
		}
	}
	return evs
}
