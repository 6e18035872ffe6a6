package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// mediatedThings are the nouns a hyphenated "STATE-brokered" or
// "STATE-mediated" names the mediator of: agreements (dealNouns), and the
// talks or exchanges mediated.
var mediatedThings = map[string]bool{
	"TALKS": true, "NEGOTIATIONS": true, "SWAP": true, "EXCHANGE": true,
	"DECLARATION": true, "PLAN": true,
}

// hyphenBrokered reports whether leaf i is a hyphenated "STATE-brokered" or
// "STATE-mediated" word.
func (s *sent) hyphenBrokered(i int) bool {
	w := s.words[i]
	return strings.HasSuffix(w, "-BROKERED") || strings.HasSuffix(w, "-MEDIATED")
}

// hyphenBroker returns the mediator a hyphenated participle names before
// the thing it brokered: "agreed to a Russian-brokered ceasefire",
// "resumed Norwegian-mediated talks", "signed a U.S.-brokered peace
// declaration" are the state's mediation between the parties as "a
// ceasefire brokered by Russia" is (README: "brokered" gives 045 to each
// party; fresh3, fresh5, fresh18, fresh34, fresh38). The word's first
// parts must be wholly one actor's name, and a deal, talks or exchange noun
// must follow it with only modifiers between ("a U.S.-brokered peace
// declaration"). A "STATE-backed" or "-sponsored" plan names an author, not
// a mediator.
func (s *sent) hyphenBroker(i int) (acode, bool) {
	if !s.hyphenBrokered(i) {
		return acode{}, false
	}
	thing := false
	for k := i + 1; k < len(s.words) && k <= i+4; k++ {
		if dealNouns[s.words[k]] || mediatedThings[s.words[k]] {
			thing = true
			break
		}
		if t := s.tags[k]; t != "JJ" && t != "NN" && t != "NNP" && t != "HYPH" {
			break
		}
	}
	if !thing {
		return acode{}, false
	}
	if m := s.ne[i]; m >= 0 && len(s.nes[m].codes) == 1 {
		return s.nes[m].codes[0], s.nes[m].codes[0].hasActor // authored.go made it an actor
	}
	parts, ok := hyphenParts(s.words[i])
	if !ok || len(parts) < 2 {
		return acode{}, false
	}
	last := len(parts) - 1
	idx, n := s.c.d.Actors.Match(parts[:last], 0)
	if idx < 0 || n != last {
		return acode{}, false
	}
	code, dated := s.c.d.Actors.Entries[idx].CodeAt(s.date)
	if code == "" || code == nullCode {
		return acode{}, false
	}
	return acode{code: code, base: code, actor: &s.c.d.Actors.Entries[idx], dated: dated, first: i, last: i, hasActor: true}, true
}

// earlierThing reports whether the hyphenated broker at leaf i names the
// mediator of something the act (code) does not make that day. An
// agreement is made by an act of agreeing or talking (roots 03 and 04, 057
// signing, 0871 a ceasefire), as earlierDeal reads it, not carried out,
// suspended or broken ("suspended its participation in the U.N.-brokered
// grain deal", "after a U.S.-brokered ceasefire collapsed"). Talks or a
// swap are mediated when they are held: an act of talking or releasing
// (root 04, 0841), or talks the act came after or at ("said after
// Qatari-mediated talks", "agreed at Norwegian-mediated talks"); agreeing
// to a round of mediated talks accepts the mediation (038, w-288), it is
// none yet.
func (s *sent) earlierThing(i int, code dyad.Code) bool {
	for k := i + 1; k < len(s.words) && k <= i+4; k++ {
		w := s.words[k]
		if mediatedThings[w] && w != "DECLARATION" && w != "PLAN" {
			return !(len(code) >= 2 && code[:2] == "04" || code == "0841" || s.heldAt(i))
		}
		if dealNouns[w] || w == "DECLARATION" || w == "PLAN" {
			break
		}
	}
	return !(len(code) >= 2 && (code[:2] == "03" || code[:2] == "04") || code == "057" || code == truceCode)
}

// heldAt reports whether the noun phrase of the hyphenated word at leaf i
// is the object of "after", "at", "during" or "following": talks that took
// place.
func (s *sent) heldAt(i int) bool {
	j := i - 1
	for j >= 0 && (s.tags[j] == "DT" || s.tags[j] == "JJ" || s.tags[j] == "CD") {
		j--
	}
	if j < 0 {
		return false
	}
	switch s.words[j] {
	case "AFTER", "AT", "DURING", "FOLLOWING":
		return true
	}
	return false
}
