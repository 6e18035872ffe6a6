package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// signingVerbs are the verbs of putting one's name to a text: "signed a
// ceasefire", "inked a deal", "initialled a peace agreement".
var signingVerbs = map[string]bool{
	"SIGN": true, "SIGNS": true, "SIGNED": true, "SIGNING": true,
	"INK": true, "INKS": true, "INKED": true, "INKING": true,
	"INITIAL": true, "INITIALS": true, "INITIALLED": true, "INITIALED": true,
}

// warStates and warArmed are the two sides of a state's own war: its
// government or army, and the armed groups fighting it.
var (
	warStates = map[string]bool{"GOV": true, "MIL": true}
	warArmed  = map[string]bool{"REB": true, "INS": true, "SEP": true}
)

// signingParty returns, for mention m, the mention of the other party
// when m is a party of a signing (the subject of a signing verb, or the
// noun phrase after its "with": "Sudan's government signed a ceasefire
// with the rebels"). It returns -2 when m is such a party but the other
// is not one named mention, and -1 when m is no party of a signing.
func (s *sent) signingParty(m int) int {
	first, last := s.nes[m].first, s.nes[m].last
	for i := 1; i < len(s.words); i++ {
		if !strings.HasPrefix(s.tags[i], "VB") || !signingVerbs[s.words[i]] {
			continue
		}
		w := s.withAfter(i)
		sub := -1
		if last < i {
			sub = s.subject(i, -1)
		}
		switch {
		case sub == m:
			if w < 0 {
				return -2
			}
			return w
		case w == m && first > i:
			if sub = s.subject(i, -1); sub < 0 || sub == m {
				return -2
			}
			return sub
		}
	}
	return -1
}

// withAfter returns the mention that opens right after the "with" of the
// signing verb at leaf i (an article or adjective between: "with the
// rebels", "with the Sudanese government"), or -1. The "with" must follow
// the verb's object within eight words, with no comma or other verb
// between.
func (s *sent) withAfter(i int) int {
	for j := i + 1; j < len(s.words) && j <= i+8; j++ {
		if s.tags[j] == "," || strings.HasPrefix(s.tags[j], "VB") {
			return -1
		}
		if s.words[j] != "WITH" {
			continue
		}
		for k := j + 1; k < len(s.words) && k <= j+3; k++ {
			if e := int(s.ne[k]); e >= 0 && s.nes[e].first == k {
				return e
			}
			if t := s.tags[k]; t != "DT" && t != "JJ" && t != "PRP$" {
				return -1
			}
		}
		return -1
	}
	return -1
}

// signingSides gives a party of a signing named only by its role the
// country of the other party when the two are the sides of one state's own
// war: "Sudan's government signed a ceasefire with the rebels" is SDNGOV
// with SDNREB, "Darfur's rebel group JEM signed a ceasefire with the
// government" SDNREB with SDNGOV (README: a ceasefire signed by a
// government and the rebels it fights, x-245, av-163). A place the signing
// was done in is not a party's country (placeRoles and placeLocals skip a
// signing's party): "with the rebels in Havana" are not Cuba's rebels.
func (s *sent) signingSides() {
	for m := range s.nes {
		cs := s.nes[m].codes
		if len(cs) != 1 || cs[0].hasActor || len(cs[0].agents) != 1 {
			continue
		}
		role := cs[0].agents[0].Code
		if !warStates[role] && !warArmed[role] {
			continue
		}
		o := s.signingParty(m)
		if o < 0 || len(s.nes[o].codes) != 1 {
			continue
		}
		oc := s.nes[o].codes[0]
		if !oc.hasActor || len(oc.code) != 6 || !isCountryCode(oc.base) || oc.code[:3] != oc.base {
			continue
		}
		other := oc.code[3:]
		if !(warStates[role] && warArmed[other] || warArmed[role] && warStates[other]) {
			continue
		}
		pc := acode{code: oc.base, base: oc.base, hasActor: true}
		s.nes[m].codes = s.ofCountry(pc, cs)
	}
}

// signedTruces codes a truce signed as both a formal agreement (057) and a
// truce (0871), each both ways: "Colombia's government and FARC rebels
// signed a bilateral ceasefire" is the 057 pair with the 0871 pair
// (testdata/news/README.md, fresh38's adjudication: "a signed ceasefire
// ... is the 057 pair with the 0871 pair", after fresh34's ar-055 and
// fresh31's ao-044), where SIGN's "- * &CEASEFIRE [0871:0871]" gave the
// truce alone and "signed a ceasefire agreement" the signing alone. The
// signing must be done: a finite past or present ("signed", "signs") or a
// perfect ("have signed"), not negated; a signing to come ("will sign"),
// put off ("postponed signing") or refused is left as its pattern coded it.
func (s *sent) signedTruces(evs []dyad.Event) []dyad.Event {
	n := len(evs)
	for k := 0; k < n; k++ {
		e := evs[k]
		if e.Code != truceCode && e.Code != "057" {
			continue
		}
		i := s.leafAt(e.Verb.Start)
		if i < 0 || !signingVerbs[s.words[i]] || !s.doneSigning(i) {
			continue
		}
		code := dyad.Code("057")
		if e.Code == "057" {
			if !s.truceObjectOf(i) {
				continue
			}
			code = truceCode
		}
		evs = s.addAt(evs, dyad.Event{Source: e.Source, Target: e.Target, Code: code}, i, "dyad: a signed truce is a signing and a truce (coder/signing.go)")
	}
	return evs
}

// doneSigning reports whether the signing verb at leaf i tells a signing
// done: past or present tense, or a participle after "has", "have" or
// "had", and not negated.
func (s *sent) doneSigning(i int) bool {
	if s.negatedAt(i) {
		return false
	}
	switch s.tags[i] {
	case "VBD", "VBZ":
		return true
	case "VBN":
		for j := i - 1; j >= 0 && j >= i-2; j-- {
			switch s.words[j] {
			case "HAS", "HAVE", "HAD":
				return true
			}
		}
	}
	return false
}

// truceObjectOf reports whether the object of the signing verb at leaf i
// is a truce's text: a truce word among the first words after it, before
// the noun the phrase ends on ("signed a ceasefire agreement", "a truce
// deal"), with only articles, adjectives, numbers and nouns between.
func (s *sent) truceObjectOf(i int) bool {
	for j := i + 1; j < len(s.words) && j <= i+5; j++ {
		if truceWords[s.words[j]] {
			return true
		}
		switch s.tags[j] {
		case "DT", "JJ", "CD", "NN", "NNS", "NNP", "HYPH":
		default:
			return false
		}
	}
	return false
}
