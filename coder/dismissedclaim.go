package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Claims, reports and findings dismissed, their author named before the
// noun. "China dismissed the EU's concerns as groundless", "dismissing
// Western claims as baseless", "dismissed as mendacious a U.S. newspaper
// report that …": the news sets' README codes dismissing what accuses the
// dismisser's side 016 (deny) to its author. DISMISS's rows list
// accusations, allegations and charges only; rows for claims and reports
// were tried twice and dropped (news.md, round thirty-six verdict41's B),
// because a row takes the first actor after the verb, and "dismissed as
// false reports that rebels had overrun a base" names the report's
// subject, not its author. Here the author must sit in the noun's own
// phrase, right before it: a possessor ("the EU's"), a modifier
// ("Western", "U.S.") and at most two leaves between, possessive markers,
// adjectives or nouns ("newspaper", "media"). "Dismissed the report" names no author and codes nothing, as
// the README's conventions leave dismissals of unnamed critics uncoded; a
// minister dismissed is a removal, not a claim.

// dismissVerbs are the forms of DISMISS.
var dismissVerbs = map[string]bool{
	"DISMISS": true, "DISMISSES": true, "DISMISSED": true, "DISMISSING": true,
}

// dismissedNouns are the statements whose dismissal denies their author's
// charge; accusations and charges are DISMISS's own rows.
var dismissedNouns = map[string]bool{
	"CLAIM": true, "CLAIMS": true, "REPORT": true, "REPORTS": true,
	"FINDINGS": true, "CONCERNS": true,
}

// dismissedClaims adds the 016 of a dismissal that coded nothing to the
// actor named right before its claim, report or finding noun, from the
// subject of the verb's clause.
func (s *sent) dismissedClaims(evs []dyad.Event) []dyad.Event {
	for v := 1; v < len(s.words); v++ {
		if !strings.HasPrefix(s.tags[v], "VB") || !dismissVerbs[s.words[v]] || s.verbCoded(evs, v) {
			continue
		}
		noun := s.dismissedNoun(v)
		if noun < 0 {
			continue
		}
		author := s.authorBefore(v, noun)
		if author == nil {
			continue
		}
		sub := s.clauseSubject(v) // calling.go
		if sub == nil || !sub.codes[0].hasActor {
			continue
		}
		src, tgt := s.actor(&sub.codes[0]), s.actor(author)
		if e, ok := s.denialAt(src, tgt, v, "claim or report dismissed, its author before the noun (coder/dismissedclaim.go)"); ok { // deniedclaim.go
			evs = append(evs, e)
		}
	}
	return evs
}

// dismissedNoun returns the leaf of the claim, report or finding noun the
// verb at v dismisses, within its object or after a fronted "as" phrase
// ("dismissed as false a report"), or -1. A comma, another verb or a
// clause ends the search.
func (s *sent) dismissedNoun(v int) int {
	for j := v + 1; j < len(s.words) && j <= v+10; j++ {
		if dismissedNouns[s.words[j]] && strings.HasPrefix(s.tags[j], "NN") {
			return j
		}
		if t := s.tags[j]; t == "," || strings.HasPrefix(t, "VB") || t == "WDT" || s.words[j] == "THAT" {
			return -1
		}
	}
	return -1
}

// authorBefore returns the actor code of a mention after the verb at v
// that starts before the noun and ends at it or at most two leaves before
// it, those leaves each a possessive marker, an adjective or a singular
// noun; nil when none does. The chunker makes
// "Washington's claims" one phrase, whose code names "Washington": the
// mention must start before the noun, so "reports that rebels had taken
// the town" finds no author. A pronoun's phrase ("its claims") is left:
// its antecedent is another rule's business.
func (s *sent) authorBefore(v, noun int) *acode {
	for _, ms := range [2][]mention{s.nes, s.hidden} {
		for m := range ms {
			if ms[m].first <= v || ms[m].first >= noun || ms[m].last > noun || noun-ms[m].last > 3 {
				continue
			}
			ok := true
			for j := ms[m].first; j < noun; j++ {
				t := s.tags[j]
				if t == "PRP$" || t == "PRP" || j > ms[m].last && t != "POS" && t != "JJ" && t != "NN" {
					ok = false
				}
			}
			if !ok {
				continue
			}
			if a := firstActor(ms[m].codes); a != nil {
				return a
			}
		}
	}
	return nil
}
