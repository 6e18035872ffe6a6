package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Claims denied in an apposed noun phrase. Wire copy closes a report of a
// claim with a noun phrase that names it and the actor who denied it:
// "India said its troops had struck militant camps, a claim Pakistan
// rejected", "The guards shot down a drone, saying it had violated Iranian
// airspace, a claim Washington denied". Each reports the denier's denial
// (016) to the claimant, as "Pakistan rejected India's claim" would be
// coded; the reduced relative has no object, so the verb codes nothing, and
// the comma options drop the phrase as an aside. The claimant is the
// subject of the last verb of speech before the phrase (the controller of a
// participle, "saying").

// claimNouns are the nouns of a claim or accusation.
var claimNouns = map[string]bool{
	"CLAIM": true, "CLAIMS": true, "ACCUSATION": true, "ACCUSATIONS": true,
	"ALLEGATION": true, "ALLEGATIONS": true, "ASSERTION": true, "CHARGE": true, "CHARGES": true,
}

// denialVerbs deny a claim ("a claim Pakistan dismissed as an illusion").
var denialVerbs = map[string]bool{
	"DENIED": true, "REJECTED": true, "DISPUTED": true, "REFUTED": true, "DISMISSED": true,
}

// accusationNouns name the claim as an accusation: "Pompeo said Iran was
// responsible, an accusation Tehran rejected" reports Pompeo's accusation
// (112) of the denier as well as the denial, where "a claim" may be any
// statement ("said its troops had struck the camps, a claim Pakistan
// denied" accuses no one).
var accusationNouns = map[string]bool{
	"ACCUSATION": true, "ACCUSATIONS": true, "ALLEGATION": true, "ALLEGATIONS": true,
	"CHARGE": true, "CHARGES": true,
}

// claimSpeech are the verbs of speech that make a claim.
var claimSpeech = map[string]bool{
	"SAID": true, "SAYS": true, "SAYING": true, "CLAIMED": true, "CLAIMING": true,
	"ACCUSED": true, "ACCUSING": true, "ALLEGED": true, "ALLEGING": true, "STATED": true,
	"ASSERTED": true, "INSISTED": true, "INSISTING": true,
}

// deniedClaims adds, for a denial verb that coded nothing in a reduced
// relative of a claim noun set off by a comma (", a claim X denied"), the
// denial 016 from each actor named between the noun and the verb to the
// subject of the last verb of speech before the comma.
func (s *sent) deniedClaims(evs []dyad.Event) []dyad.Event {
	for v := 3; v < len(s.words); v++ {
		if !strings.HasPrefix(s.tags[v], "VB") || !denialVerbs[s.words[v]] || s.verbCoded(evs, v) {
			continue
		}
		noun := -1
		for j := v - 1; j >= 1 && j >= v-8; j-- {
			if claimNouns[s.words[j]] && strings.HasPrefix(s.tags[j], "NN") {
				noun = j
				break
			}
			if t := s.tags[j]; t == "," || strings.HasPrefix(t, "VB") || t == "IN" {
				break
			}
		}
		if noun < 0 {
			continue
		}
		open := s.apposedOpen(noun) // apposed.go
		if open < 0 {
			continue
		}
		claimant := s.claimant(open)
		if claimant == nil || !claimant.codes[0].hasActor {
			continue
		}
		tgt := s.actor(&claimant.codes[0])
		for _, ms := range [2][]mention{s.nes, s.hidden} {
			for m := range ms {
				if ms[m].last <= noun || ms[m].last >= v {
					continue
				}
				for c := range ms[m].codes {
					if !ms[m].codes[c].hasActor {
						continue
					}
					src := s.actor(&ms[m].codes[c])
					e, ok := s.denialAt(src, tgt, v, "claim denied in an apposed noun phrase (coder/deniedclaim.go)")
					if !ok {
						continue
					}
					evs = append(evs, e)
					if accusationNouns[s.words[noun]] {
						evs = s.deniedAccusation(evs, tgt, src, noun)
					}
				}
			}
		}
	}
	return evs
}

// denialAt returns the 016 of src denying tgt's claim at the verb leaf v,
// with pattern, or false when a side is uncoded or one code holds the
// other (a state and its own government). deniedClaims and
// dismissedClaims build their denials the same way.
func (s *sent) denialAt(src, tgt dyad.Actor, v int, pattern string) (dyad.Event, bool) {
	if src.Code == nullCode || tgt.Code == nullCode || strings.HasPrefix(src.Code, tgt.Code) || strings.HasPrefix(tgt.Code, src.Code) {
		return dyad.Event{}, false
	}
	return dyad.Event{
		Source:   src,
		Target:   tgt,
		Code:     "016",
		Verb:     s.span(v, v),
		VerbText: s.text(v, v),
		Pattern:  pattern,
	}, true
}

// claimant returns the mention of the subject of the last verb of speech
// before leaf open, or nil.
func (s *sent) claimant(open int) *mention {
	for j := open - 1; j >= 0; j-- {
		if claimSpeech[s.words[j]] && strings.HasPrefix(s.tags[j], "VB") {
			return s.clauseSubject(j) // calling.go
		}
	}
	return nil
}

// accusationPattern names the rule in the events deniedAccusation codes
// or recodes.
const accusationPattern = "accusation named by an apposed noun phrase (coder/deniedclaim.go)"

// deniedAccusation makes the claimant's statement to the denier an
// accusation (112) when the apposed noun names the claim one: the plain
// 010 of "said" becomes 112, and with no statement or accusation of the
// claimant's to the denier coded, the accusation is added. An accusation
// already coded ("Congo accused Rwanda of …, an allegation Kigali denied")
// stands.
func (s *sent) deniedAccusation(evs []dyad.Event, claimant, denier dyad.Actor, noun int) []dyad.Event {
	for e := range evs {
		if evs[e].Source.Code != claimant.Code || evs[e].Target.Code != denier.Code {
			continue
		}
		switch {
		case evs[e].Code == "010":
			evs[e].Code = "112"
			evs[e].Pattern = accusationPattern
			return evs
		case strings.HasPrefix(string(evs[e].Code), "11"):
			return evs
		}
	}
	return append(evs, dyad.Event{
		Source:   claimant,
		Target:   denier,
		Code:     "112",
		Verb:     s.span(noun, noun),
		VerbText: s.text(noun, noun),
		Pattern:  accusationPattern,
	})
}
