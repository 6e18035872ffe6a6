package coder

// counterpart returns x with the role of other when x is a "counterpart"
// named only by its country: in "The Chinese foreign minister met his
// Japanese counterpart" the counterpart is Japan's foreign minister, JPNGOV
// as the minister is CHNGOV, not the bare JPN the nationality gives. It
// returns nil when x is not that shape or other has no role to give.
func (s *sent) counterpart(x, other *acode) *acode {
	if x == nil || other == nil || x == &nullActor || other == &nullActor || !x.hasActor || x.role != nil || x.ref != nil ||
		len(x.code) != 3 || x.code != x.base || len(other.agents) == 0 || len(other.code) <= len(other.base) {
		return nil
	}
	e := int(s.ne[x.first])
	if e < 0 {
		return nil
	}
	found := false
	for i := s.nes[e].first; i <= s.nes[e].last; i++ {
		if s.words[i] == "COUNTERPART" || s.words[i] == "COUNTERPARTS" {
			found = true
		}
	}
	if !found {
		return nil
	}
	n := s.combine(*x, other.agents)
	n.first, n.last = s.nes[e].first, s.nes[e].last
	return &n
}
