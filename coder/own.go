package coder

// ownBody reports whether actor phrase e names a body of the source src
// through a possessive pronoun that refers to the source: "its air force" in
// "Pakistan put its air force on alert along the border with India", "its
// embassy" in "Iran reopened its embassy in Riyadh", "its most wanted drug
// lord" in "Colombia extradited its most wanted drug lord to the United
// States". An actor's own forces, missions and nationals are what it acts
// with or through, not whom it acts on: the default target is the next actor
// (India, Saudi Arabia, the United States), and with none there is no event.
// A possessive that refers to someone else ("appealed to protesters to end
// their blockade", "arrested the president at his residence") is not the
// source's own and stays a target.
func (s *sent) ownBody(e, src int) bool {
	if e < 0 || src < 0 || s.tags[s.nes[e].first] != "PRP$" {
		return false
	}
	cs, ss := s.nes[e].codes, s.nes[src].codes
	if len(cs) == 0 || len(ss) == 0 {
		return false
	}
	for _, c := range cs {
		if c.ref == nil {
			return false
		}
		// The pronoun's antecedent is the source: the same phrase, or
		// (resolved from an earlier sentence) the same code.
		mine := false
		for _, a := range ss {
			mine = mine || c.ref.Code == a.code ||
				c.ref.Span.Start == s.leaves[a.first].Start && c.ref.Span.End == s.leaves[a.last].End
		}
		if !mine {
			return false
		}
	}
	return true
}
