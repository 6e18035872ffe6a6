package chunk

// Participles that work as prepositions.

// accordingTo reports whether "according to" and a noun phrase start at k.
func (s *state) accordingTo(k int) bool {
	return s.wordIs(k, "according") && s.tag(k+1) == "TO" && s.npStart(k+2)
}

// according reads "according to X" at k as Stanford does, a prepositional
// phrase headed by the participle: (PP (VBG according) (PP (TO to) (NP X))).
// It cites a source; it is not a verb phrase, so no event is read from it.
func (s *state) according(k int) (*node, int) {
	// The source keeps its own phrases: "a press release by the Tigers".
	obj, k2 := s.np(k+2, subject)
	if obj == nil {
		return nil, k
	}
	if t := s.tag(k2); (t == "VBN" || t == "VBD") && (s.tag(k2+1) == "TO" || s.tag(k2+1) == "IN" && !s.wordIs(k2+1, "that")) && !s.is(auxiliaries, k2) {
		// "a special report submitted to the Canadian Security
		// Intelligence Service": the source's reduced relative
		s.toks[k2].Tag = "VBN"
		s.leaves[k2] = nil
		vp, k3 := s.mainVP(k2)
		obj, k2 = s.p.mk("NP", obj, vp), k3
	}
	return s.p.mk("PP", s.leaf(k), s.p.mk("PP", s.leaf(k+1), obj)), k2
}
