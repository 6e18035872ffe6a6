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

// claimantAttacks adds the attack a claim of responsibility makes the
// claimant's: "the Baloch Liberation Army claimed responsibility for a
// roadside bomb that killed seven soldiers" is also the group's bombing of
// the soldiers (PAKREB>PAKMIL 1833), as the sets' conventions code a
// claimed attack of the story day with the claimant as source beside the
// 015 row (testdata/news/README.md); an earlier act is the 015 alone. For
// each 015 event of "claimed responsibility" the attack is the sentence's
// event of roots 18 to 20 from another source (re-sourced to the
// claimant), or else the means of force named after "for a(n)" (the
// sub-code table's @means: a roadside bomb 1833, a suicide bombing 1831),
// aimed at the claim's target; "for the bombing" names an attack reported
// before. Nothing is added when a mark of an earlier time
// (earlierMarks) stands in the sentence or the claimant already has an
// event of that root.
func (s *sent) claimantAttacks(evs []dyad.Event) []dyad.Event {
	for i := 0; i+1 < len(s.leaves); i++ {
		if s.words[i+1] != "RESPONSIBILITY" || !claimVerbs[s.words[i]] || s.earlierInClause(i) {
			continue
		}
		n := len(evs)
		for k := 0; k < n; k++ {
			claim := evs[k]
			if claim.Code != "015" || claim.Verb.Start < s.leaves[i].Start || claim.Verb.Start > s.leaves[i+1].Start {
				continue
			}
			var add *dyad.Event
			dated := false // the attack's own clause puts it on an earlier day
			for j := 0; j < n; j++ {
				if c := evs[j].Code; len(c) >= 2 && (c[:2] == "18" || c[:2] == "19" || c[:2] == "20") && evs[j].Source.Code != claim.Source.Code {
					if v := s.leafAt(evs[j].Verb.Start); v >= 0 && s.earlierInClause(v) {
						dated = true
					} else {
						add = &dyad.Event{Source: claim.Source, Target: evs[j].Target, Code: c}
					}
					break
				}
			}
			if dated {
				continue
			}
			if add == nil {
				for f := i + 2; f < len(s.words) && f <= i+6; f++ {
					if s.words[f] != "FOR" {
						continue
					}
					if f+1 < len(s.words) && s.words[f+1] != "A" && s.words[f+1] != "AN" {
						// "for the suicide bombing": an attack reported
						// before, not a fresh report of the story day's
						break
					}
					if c := s.means("190", f+1, min(f+4, len(s.words)-1)); len(c) >= 2 && c[:2] >= "18" && c[:2] <= "20" {
						add = &dyad.Event{Source: claim.Source, Target: claim.Target, Code: dyad.Code(c)}
					}
					break
				}
			}
			if add == nil || add.Target.Code == nullCode || add.Source.Code == add.Target.Code || s.hasRoot(evs, add.Source.Code, string(add.Code[:2])) {
				continue
			}
			add.Verb, add.VerbText, add.Pattern = claim.Verb, claim.VerbText, "attack of its claimant (coder/claim.go)"
			evs = append(evs, *add)
		}
	}
	return evs
}

// earlierInClause reports whether a mark of an earlier time (earlierMarks)
// stands in the clause above leaf v: the claim's ("claimed responsibility
// for an attack that killed 12 soldiers last week") or the attack's own
// ("a bomb killed seven soldiers days ago"). A mark of another clause
// ("…, and talks resumed last week") does not date the attack.
func (s *sent) earlierInClause(v int) bool {
	first, last := s.clauseLeaves(v)
	for i := first; i <= last; i++ {
		if earlierMarks[s.words[i]] {
			return true
		}
	}
	return false
}

// hasRoot reports whether evs hold an event of the root from the source.
func (s *sent) hasRoot(evs []dyad.Event, src, root string) bool {
	for _, e := range evs {
		if e.Source.Code == src && len(e.Code) >= 2 && string(e.Code[:2]) == root {
			return true
		}
	}
	return false
}
