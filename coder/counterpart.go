package coder

// counterpart returns x with the role of other when x is a "counterpart"
// named only by its country: in "The Chinese foreign minister met his
// Japanese counterpart" the counterpart is Japan's foreign minister, JPNGOV
// as the minister is CHNGOV, not the bare JPN the nationality gives. It
// returns nil when x is not that shape or other has no role to give.
func (s *sent) counterpart(x, other *acode) *acode {
	if x == nil || other == nil || x == &nullActor || other == &nullActor || !x.hasActor || x.role != nil || x.ref != nil ||
		len(x.code) != 3 || x.code != x.base {
		return nil
	}
	office := officeRole(other)
	if office == "" && (len(other.agents) == 0 || len(other.code) <= len(other.base)) {
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
	if office != "" {
		n = *x
		n.code = x.base + office
	}
	n.first, n.last = s.nes[e].first, s.nes[e].last
	return &n
}

// officeRoles are the state sectors a named office holder's code gives a
// counterpart: a former leader (ELI) or an opposition figure has none.
var officeRoles = map[string]bool{"GOV": true, "MIL": true, "LEG": true, "JUD": true, "COP": true, "SPY": true}

// officeRole returns the sector of a person the dictionaries code as a
// country's office holder with no agent words ("Turkish Foreign Minister
// Hakan Fidan" is HAKAN_FIDAN's TURGOV): "hosted his Somali counterpart"
// is SOMGOV. It returns "" for anything else.
func officeRole(a *acode) string {
	if len(a.agents) != 0 || !a.hasActor || len(a.code) != 6 || a.code != a.base || !officeRoles[a.code[3:]] {
		return ""
	}
	return a.code[3:]
}
