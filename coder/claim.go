package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// claimVerbs take "responsibility" as the claim of an attack: "claimed
// responsibility", "claims responsibility".
var claimVerbs = map[string]bool{"CLAIMED": true, "CLAIMS": true, "CLAIM": true, "CLAIMING": true}

// claimedAttacks adds the claim of responsibility (015) that names no
// victim of its own when the sentence reports the attack: in "A suicide
// bomber struck a mosque inside a police compound ...; the Pakistani
// Taliban claimed responsibility" the claim is the Taliban's for that
// attack, so its target is the attack's (PAKREB>PAKCOP 015), as the
// CAMEO manual codes 015 at the victims of what was claimed. The claimant
// is the subject of "claimed"; the attack is the sentence's first event of
// roots 18 to 20. A claim the verb dictionary already coded is left alone.
func (s *sent) claimedAttacks(evs []dyad.Event) []dyad.Event {
	for i := 0; i+1 < len(s.leaves); i++ {
		if s.del[i] || !strings.HasPrefix(s.tags[i], "VB") || !claimVerbs[s.words[i]] || s.words[i+1] != "RESPONSIBILITY" {
			continue
		}
		coded := false
		var attack *dyad.Event
		for k := range evs {
			e := &evs[k]
			coded = coded || e.Verb.Start == s.leaves[i].Start && e.Code == "015"
			if attack == nil && len(e.Code) >= 2 && (e.Code[:2] == "18" || e.Code[:2] == "19" || e.Code[:2] == "20") {
				attack = e
			}
		}
		if coded || attack == nil {
			continue
		}
		src := s.subject(i, -1)
		if src < 0 || !anyNamed(s.nes[src].codes) {
			continue
		}
		tgt := attack.Target
		for k := range s.nes[src].codes {
			a := s.actor(&s.nes[src].codes[k])
			if sameCountry(a.Code, tgt.Code) && a.Code == tgt.Code {
				continue
			}
			evs = append(evs, dyad.Event{
				Source:   a,
				Target:   tgt,
				Code:     "015",
				Verb:     s.span(i, i+1),
				VerbText: s.text(i, i+1),
				Pattern:  "claim of the sentence's attack (coder/claim.go)",
			})
		}
	}
	return evs
}
