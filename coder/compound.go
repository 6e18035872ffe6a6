package coder

// Coordinated actors acting among themselves.

// compoundFits reports whether a pattern match that makes a compound act on
// itself ("- % * [020:020]": "Iran and Syria met") suits the verb at leaves
// vs..ve: not when the verb has an object naming an actor, which is the one
// acted on. "France, Germany and Britain urged Iran to ..." is an appeal to
// Iran by each, not appeals among the three.
func (s *sent) compoundFits(m match, ve int) bool {
	if m.comp < 0 || m.src >= 0 || m.tgt >= 0 {
		return true
	}
	return s.objectActor(ve) < 0
}

// objectActor returns the named actor phrase inside the noun phrase that
// starts right after the verb ending at leaf ve ("urged Iran", "called for
// the withdrawal of Syrian forces"), or -1.
func (s *sent) objectActor(ve int) int {
	i := ve + 1
	if i >= len(s.leaves) || s.del[i] {
		return -1
	}
	np := -1
	for p := s.parent[s.leafK[i]]; p >= 0 && s.spans[p].first == i; p = s.parent[p] {
		if isLabel(s.nodes[p].Label, "NP") {
			np = p
		}
	}
	if np < 0 {
		return -1
	}
	for j := s.spans[np].first; j <= s.spans[np].last; j++ {
		if e := int(s.ne[j]); e >= 0 && len(s.nes[e].codes) > 0 && anyNamed(s.nes[e].codes) {
			return e
		}
	}
	return -1
}

// mutual reports whether an event of code c done by a compound with no
// target is done by its members to each other: meeting, negotiating,
// cooperating, signing, breaking off ties, fighting ("Gondor and Osgiliath
// have renewed diplomatic ties", "Israeli and Syrian troops clashed"). A
// rejection, criticism, demand or threat needs someone it is aimed at:
// "Russia and China vetoed the resolution" is not a veto of each other.
func mutual(c string) bool {
	if len(c) < 3 {
		return false
	}
	switch c[:2] {
	case "04":
		return !oneWayConsult(c) // onewayconsult.go
	case "03", "06", "16", "19":
		return true
	case "05":
		return c == "050" || c == "054" || c == "057"
	case "08":
		return c[:3] == "087"
	}
	return false
}

// memberOf reports whether every code of the default target tgt is a member
// of the compound source src: in "Palestinians and Israelis failed to reach
// agreement on the fate of Palestinian offices" the offices name one of the
// two sides, not a third party they act on, so the compound acts on itself.
func (s *sent) memberOf(tgt, src int) bool {
	if tgt < 0 || src < 0 || len(s.nes[src].codes) < 2 || len(s.nes[tgt].codes) == 0 {
		return false
	}
	for _, t := range s.nes[tgt].codes {
		in := false
		for _, c := range s.nes[src].codes {
			in = in || c.base == t.base
		}
		if !in {
			return false
		}
	}
	return true
}

// placeForCompound reports whether actor phrase e, a default target, only
// names where a compound source's members act on each other: in "Colombian
// government and FARC negotiators opened peace talks outside Oslo" the talks
// are between the two, held in Norway, not with it. With a mutual code
// (mutual) and a source of two or more actors, a phrase whose every actor is
// said as a place ("in", "at", "outside" ..., isPlace) is passed over, so the
// compound acts on itself or on an actor named otherwise. A single actor's
// place stays a possible target ("Iran held talks in Moscow").
func (s *sent) placeForCompound(e, src int, code string) bool {
	if src < 0 || len(s.nes[src].codes) < 2 || !mutual(code) {
		return false
	}
	cs := s.nes[e].codes
	for _, c := range cs {
		if !s.saidAsPlace(c.first, c.last) {
			return false
		}
	}
	return len(cs) > 0
}

// saidAsPlace reports whether the actor named by leaves a..b is said as a
// place: after a place preposition ("in Oslo"), or after one inside a phrase
// the parser left flat, with no name before it ("peace talks outside Oslo").
func (s *sent) saidAsPlace(a, b int) bool {
	if s.isPlace(a) {
		return true
	}
	for p := a + 1; p <= b; p++ {
		if s.tags[p-1] == "NNP" || s.tags[p-1] == "NNPS" {
			return false
		}
		if s.isPlace(p) {
			return true
		}
	}
	return false
}
