package coder

// "The kingdom", "the island", "the country" as the subject of a reported
// clause.
//
// In "Saudi Arabia's crown prince said the kingdom would help Syria" the
// kingdom is the speaker's country: wire copy varies the name of the state
// whose official speaks ("the island" for Cuba or Taiwan, "the kingdom" for
// Saudi Arabia or Jordan, "the country" for any). The resolver cannot see
// it, because the sentence's main subject reaches it only at the sentence's
// end (resolveRefs), and the name it would find instead is the nearest state
// before, often the very object of the speech ("told Syria that the kingdom
// …"). The state itself acts in such a clause, so it is coded as the bare
// country, as the sets code "Saudi Arabia would help" (SAU, not SAUGOV).

// stateWordSubject codes candidate c when it is "the country", "the
// kingdom" or another word for a state with no sector, standing as the whole
// subject of a complement clause whose clause above has a coded subject of
// a country: c becomes that country. It reports whether it did.
func (s *sent) stateWordSubject(c refCand) bool {
	// The dictionaries code "the kingdom" as a government with no country
	// (an agent alone); a country of its own makes it no reference.
	if c.last != c.first+1 || s.words[c.first] != "THE" ||
		c.coded && anyActor(s.nes[s.ne[c.first]].codes) {
		return false
	}
	switch s.words[c.last] {
	case "COUNTRY", "KINGDOM", "ISLAND", "NATION", "EMIRATE", "REPUBLIC":
	default:
		return false
	}
	sub := s.complementAboveSubject(c)
	if sub < 0 || !s.coded(sub) {
		return false
	}
	cs := s.nes[s.ne[s.spans[sub].first]].codes
	if len(cs) != 1 || !cs[0].hasActor || len(cs[0].code) < 3 {
		return false
	}
	country := cs[0].code[:3]
	if stateless(country) {
		return false
	}
	a := s.actor(&cs[0])
	if a.Resolved == "" {
		a.Resolved = resolvedText(a)
	}
	s.referenceEntry(&a, c.first, c.last)
	a.Code = country
	return s.codeCandidate(c, []acode{{code: country, base: country, first: c.first, last: c.last, hasActor: true, ref: &a}})
}
