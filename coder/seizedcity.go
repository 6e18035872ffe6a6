package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/where"
)

// seizedCities recodes a city or capital seized or captured as 192, Occupy
// territory, where SEIZE and CAPTURE give the arrest block's 173: "Taliban
// fighters seized Kabul" is AFGREB>AFG 192, the codebook's "seize or take
// control of territory", not an arrest. APPREHEND's rows read their object
// as a person taken; a place named by its gazetteer name cannot be one.
// The city must be the verb's whole object (cityObject): the object's
// first leaf right after the verb, or after "the", and nothing that
// continues the noun phrase after it, so "seized 40 houses in Nairobi"
// (the city inside the object's "in" phrase) and "captured Goma's
// airport" stay what they were. A country ("seized Syria") is left: news
// uses it for a state's agents as often as for its land.
func (s *sent) seizedCities(evs []dyad.Event) []dyad.Event {
	for k := range evs {
		e := &evs[k]
		if e.Code != "173" || len(e.Target.Code) != 3 {
			continue
		}
		_, v := s.leavesIn(e.Verb)
		if v < 0 || !seizeWord(s.words[v]) {
			continue
		}
		if s.cityObject(v, e.Target.Span) {
			e.Code = "192"
			e.Pattern += "; a city seized: occupation (coder/seizedcity.go)"
		}
	}
	return evs
}

// seizeWord reports whether w is a form of SEIZE or CAPTURE, not
// RECAPTURE, whose own rows already code 192.
func seizeWord(w string) bool {
	return strings.HasPrefix(w, "SEIZ") || strings.HasPrefix(w, "CAPTUR")
}

// cityObject reports whether the mention at sp is the whole object of the
// verb ending at leaf v and names a city or capital in the gazetteer: it
// starts right after the verb or after a "the" there, its words alone are
// the city's name, and the leaf after it neither continues the noun phrase
// (a noun, a possessive) nor starts an "in" or "of" phrase.
func (s *sent) cityObject(v int, sp dyad.Span) bool {
	first, last := s.leavesIn(sp)
	if first < 0 || v+1 >= len(s.words) {
		return false
	}
	start := v + 1
	if s.words[start] == "THE" {
		start++
	}
	if first == v+1 && s.words[first] == "THE" {
		first++
	}
	if first != start || first > last {
		return false
	}
	if n := last + 1; n < len(s.words) {
		switch s.tags[n] {
		case "NN", "NNS", "NNP", "NNPS", "POS":
			return false
		}
		if w := s.words[n]; w == "IN" || w == "OF" {
			return false
		}
	}
	p, ok := where.Default().Lookup(s.text(first, last))
	return ok && (p.Kind == "city" || p.Kind == "capital")
}
