package coder

// A crowd that rallies outside a parliament protests where the state's
// power sits, not against its lawmakers: "Thousands rallied outside
// parliament in Tbilisi to demand the prime minister's resignation" is a
// protest against the government, and the news sets' gold codes it GOV;
// the legislature is the target where it is the object ("protesters
// stormed parliament", "set fire to parliament") or its members the
// grievance. CAMEO's "- * OUTSIDE +" rows take the building's owner as
// the target, which for an embassy is right (the embassy's state) and for
// a parliament gives LEG.

// parliamentSite returns, for a protest (root 14) whose target is a
// state's legislature named as the place the crowd stands (outside, at,
// near, around or in front of it, or marched on or to it), the state's
// government; any other target is returned unchanged.
func (s *sent) parliamentSite(c string, t *acode) *acode {
	if len(c) < 3 || c[:2] != "14" || t == nil || t == &nullActor || t.first < 1 {
		return t
	}
	k := stateOf(t.code)
	if k == "" || t.code != k+"LEG" || !s.crowdPlace(t.first) {
		return t
	}
	u := *t
	u.code = k + "GOV"
	return &u
}

// crowdPlace reports whether the words before leaf i (an article
// skipped), or the phrase's own first word, make the phrase at i the place
// a crowd stands or heads for. The tagger often reads "outside" before a
// bare noun as an adjective, so the parser puts it inside the phrase.
func (s *sent) crowdPlace(i int) bool {
	switch s.words[i] {
	case "OUTSIDE", "OPPOSITE":
		return true
	}
	p := i - 1
	if s.words[p] == "THE" {
		p--
	}
	if p < 0 {
		return false
	}
	switch s.words[p] {
	case "OUTSIDE", "AT", "NEAR", "AROUND", "OPPOSITE":
		return true
	case "OF": // "in front of"
		return p >= 2 && s.words[p-1] == "FRONT" && s.words[p-2] == "IN"
	case "ON", "TO": // "marched on parliament"
		if p < 1 {
			return false
		}
		switch s.words[p-1] {
		case "MARCH", "MARCHED", "MARCHES", "MARCHING":
			return true
		}
	}
	return false
}
