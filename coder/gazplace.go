package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Places tells the country a place name lies in. The pipeline gives the
// coder its gazetteer (package where) through this interface, so the coder
// does not depend on where.
type Places interface {
	// PlaceCountry returns the country code of the place name as written
	// ("Chernihiv": "UKR"); ok is false for a name it does not know.
	PlaceCountry(name string) (country string, ok bool)
}

// placeTarget gives an attack or use of force whose clause names no target
// the country of the place attacked, when the place names no actor but the
// gazetteer knows it: "Russian forces shelled Chernihiv" RUSMIL>UKR 190,
// "launched strikes on Taganrog", "fired missiles at Shayrat air base",
// "attacked the outskirts of Sumy". The place must be the attacked object:
// the verb's direct object, the object of "on" or "at" within the verb
// phrase, or "the outskirts/centre of" one of those. A place after "in" or
// "near" is only where the act happened ("killed 40 people in El Fasher":
// the people are the target, and a sentence naming no victims has no
// target), so the search stops there. A place of the source's own country
// is not taken: a state's forces shelling one of its own towns act on the
// rebels who hold it, not on the state. The place also wins over a
// mention after it that codes as the source itself ("Russian shelling
// pounded the outskirts of Chernihiv, a day after Moscow promised ...",
// whose RUS>RUS event would be dropped); emit in verbs.go checks that.
func (s *sent) placeTarget(code string, src *acode, ve, lowEnd int) *acode {
	if s.c.opt.Places == nil || !forceCode(code) || src == nil || src == &nullActor || !src.hasActor {
		return nil
	}
	end := min(lowEnd, ve+8)
	p := ve + 1
	if f, l, k, ok := s.placeAt(p, end); ok {
		return s.attackedPlace(k, src, f, l)
	}
	for ; p <= end; p++ {
		if s.codedAt(p) {
			return nil // an actor of its own, not taken as target: not past it
		}
		switch w := s.words[p]; {
		case w == "IN" || w == "NEAR" || w == "," || w == ";" || w == ":" || strings.HasPrefix(s.tags[p], "VB"):
			return nil
		case w == "ON" || w == "AT" || w == "AGAINST":
			if f, l, k, ok := s.placeAt(p+1, end); ok {
				return s.attackedPlace(k, src, f, l)
			}
			return nil
		}
	}
	return nil
}

// placeAt reads a place name at leaf p, after an optional "the" and "the
// outskirts/centre/city/town of": the leaves it spans and its country.
func (s *sent) placeAt(p, end int) (first, last int, country string, ok bool) {
	if p <= end && s.words[p] == "THE" {
		p++
		if p+1 <= end && placeHeads[s.words[p]] && s.words[p+1] == "OF" {
			p += 2
			if p <= end && s.words[p] == "THE" {
				p++
			}
		}
	}
	if p > end || !properLeaf(s.leaves[p].Word, s.tags[p]) || s.codedAt(p) {
		return 0, 0, "", false
	}
	n := 0
	for n < 4 && p+n <= end && properLeaf(s.leaves[p+n].Word, s.tags[p+n]) && !s.codedAt(p+n) {
		n++
	}
	for ; n > 0; n-- {
		if k, found := s.c.opt.Places.PlaceCountry(s.text(p, p+n-1)); found && len(k) == 3 && isCountryCode(k) && !international(k) {
			return p, p + n - 1, k, true
		}
	}
	return 0, 0, "", false
}

// placeHeads are the nouns before "of" that name part of a place or the
// place itself: "the outskirts of Sumy", "the city of Chernihiv".
var placeHeads = map[string]bool{
	"OUTSKIRTS": true, "CENTRE": true, "CENTER": true, "CITY": true, "TOWN": true, "VILLAGE": true, "PORT": true,
}

// codedAt reports whether leaf p is part of a coded actor mention.
func (s *sent) codedAt(p int) bool {
	e := s.ne[p]
	return e >= 0 && len(s.nes[e].codes) > 0
}

// properLeaf reports a capitalised proper-noun leaf.
func properLeaf(w, tag string) bool {
	return strings.HasPrefix(tag, "NNP") && w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// attackedPlace is the target a place gives: its country, unless that is the
// source's own.
func (s *sent) attackedPlace(k string, src *acode, first, last int) *acode {
	if stateOf(src.code) == k || len(src.base) >= 3 && src.base[:3] == k {
		return nil
	}
	t := acode{code: k, base: k, hasActor: true, first: first, last: last}
	t.ref = &dyad.Actor{Code: k, Entry: "place attacked: " + s.text(first, last), Dict: "dyad.placetarget"}
	return &t
}

// forceCode reports the codes of an attack or use of force on a place:
// fights and assaults (19x, 20x), bombings (183x) and other physical
// attacks (180, 182x), not abductions or assassinations, whose target is a
// person.
func forceCode(c string) bool {
	return strings.HasPrefix(c, "19") || strings.HasPrefix(c, "20") || strings.HasPrefix(c, "183") || c == "180" || strings.HasPrefix(c, "182")
}
