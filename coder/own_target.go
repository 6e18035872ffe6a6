package coder

// ownTarget returns the actor phrase that replaces a default target tgt
// which is the source's own people: a possessive pronoun phrase of the
// source's country ("its ambassador", "their troops"), when a named actor of
// another country follows it in the verb's phrase. "Iran withdrew its
// ambassador from Britain" is Iran's reduction of relations with Britain,
// not with its own government; "Israel sent its troops into Lebanon" is
// about Lebanon; "Pakistan denied that its troops had crossed into India"
// is a denial to India. With no such actor the phrase stays the target
// ("Iran criticized its army"). It returns -1 when tgt stands.
func (s *sent) ownTarget(src, tgt, lowEnd int) int {
	if src < 0 || tgt < 0 || len(s.nes[src].codes) == 0 || len(s.nes[tgt].codes) == 0 {
		return -1
	}
	t := &s.nes[tgt]
	if s.tags[t.first] != "PRP$" || !s.sameBase(src, tgt) {
		return -1
	}
	for p := t.last + 1; p <= lowEnd; {
		e, ok := s.findMention(p, +1, lowEnd, false, false, true)
		if !ok {
			return -1
		}
		if e != src && anyNamed(s.nes[e].codes) && !s.sameBase(src, e) {
			return e
		}
		p = s.nes[e].last + 1
	}
	return -1
}

// sameBase reports whether every actor of mention b is of a country (or
// body) that mention a names.
func (s *sent) sameBase(a, b int) bool {
	for _, t := range s.nes[b].codes {
		in := false
		for _, c := range s.nes[a].codes {
			in = in || c.base == t.base
		}
		if !in {
			return false
		}
	}
	return true
}
