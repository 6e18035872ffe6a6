package coder

import "github.com/dyadproject/dyad/dict"

// siteAgents is the military role a struck military site gives its owner.
var siteAgents = []*dict.Agent{{Code: "MIL", Phrase: "MILITARY SITE (struck)"}}

// struckSite gives the target of an attack (roots 18–20) its owner's
// military when what was struck is a military site told with its owner's
// country and no role of its own: "shelled Armenian positions" ARMMIL,
// "struck military sites in Iran" IRNMIL, "hit an airfield in Russia's
// Kursk region" RUSMIL (the fifteenth harmonisation, testdata/news/README.md:
// a base, air base, airfield, military sites or targets, posts, positions,
// barracks, a checkpoint or an arms depot struck is its owner's MIL). The
// owner is the demonym or possessive on the site, else the place "in" which
// it lies; a site that names a foreign owner keeps that owner ("the U.S. base
// in Qatar" is coded from "U.S." before this is reached), and a base
// "housing" or "hosting" another state's troops is theirs. Targets and sites
// without "military" ("targets in Yemen", "nuclear sites") are places, and a
// site joined with a civilian kind ("nuclear and military sites") is mixed:
// both keep the bare country, as the sets code them.
func (s *sent) struckSite(code string, t *acode) *acode {
	if t == nil || t == &nullActor || len(code) < 2 {
		return t
	}
	switch code[:2] {
	case "18", "19", "20":
	default:
		return t
	}
	if t.first < 0 || t.first >= len(s.ne) {
		return t
	}
	m := int(s.ne[t.first])
	if m < 0 {
		return t
	}
	ne := &s.nes[m]
	if h := s.siteHead(ne.first, ne.last, true); h >= 0 {
		if o := s.housedForce(h); o != nil {
			return o
		}
		if !s.bareState(t) {
			return t
		}
		return s.siteOwner(t)
	}
	// The place after the site: "struck military sites in Iran", when the
	// site itself named no actor and the place was read as the target.
	i := ne.first - 1
	if i < 2 || s.words[i] != "IN" || !s.bareState(t) {
		return t
	}
	h := i - 1
	if !s.isSite(h, false) {
		return t
	}
	if o := int(s.ne[h]); o >= 0 && anyActor(s.nes[o].codes) {
		return t // the site has an owner or a role of its own
	}
	return s.siteOwner(t)
}

// siteOwner returns the bare state t with the military role its struck
// site gives it, over t's own leaves.
func (s *sent) siteOwner(t *acode) *acode {
	c := s.combine(*t, siteAgents)
	c.first, c.last = t.first, t.last
	return &c
}

// bareState reports whether t is a state's code alone, with no role, office
// or reference.
func (s *sent) bareState(t *acode) bool {
	return t.hasActor && t.ref == nil && t.role == nil && len(t.code) == 3 &&
		t.code == t.base && len(t.agents) == 0 && isCountryCode(t.code)
}

// siteHead returns the first word of a..b that heads a military site
// (isSite) — the phrase's last word or one before a preposition, a comma or
// "housing" — or -1.
func (s *sent) siteHead(a, b int, owned bool) int {
	for j := a; j <= b; j++ {
		if !s.isSite(j, owned) {
			continue
		}
		if j == b {
			return j
		}
		switch s.words[j+1] {
		case "IN", "NEAR", "AT", "ON", "ALONG", "ACROSS", "AROUND", ",", "HOUSING", "HOSTING", "USED":
			return j
		}
	}
	return -1
}

// isSite reports whether word j names a military site: a base, air base,
// airfield, barracks or outpost by itself; a depot of arms, ammunition or
// weapons; sites, targets, positions, posts, installations or facilities
// called military, army, air-defence or border ones (not "nuclear and
// military sites", a mixed kind). owned allows bare "positions" and "posts"
// too, told with their owner ("Armenian positions"): a phrase coded as the
// bare state names the owner in the phrase.
func (s *sent) isSite(j int, owned bool) bool {
	if j < 0 || j >= len(s.words) {
		return false
	}
	prev := func(k int) string {
		if j-k < 0 {
			return ""
		}
		return s.words[j-k]
	}
	switch s.words[j] {
	case "BASE", "BASES", "AIRBASE", "AIRBASES", "AIRFIELD", "AIRFIELDS", "BARRACKS", "OUTPOST", "OUTPOSTS":
		return true
	case "DEPOT", "DEPOTS", "DUMP", "DUMPS":
		switch prev(1) {
		case "ARMS", "AMMUNITION", "WEAPONS", "MUNITIONS", "MILITARY":
			return true
		}
	case "SITES", "SITE", "TARGETS", "POSITIONS", "POSTS", "POST", "INSTALLATIONS", "FACILITIES":
		switch prev(1) {
		case "MILITARY", "ARMY", "BORDER":
			return prev(2) != "AND" && prev(2) != "OR"
		case "DEFENCE", "DEFENSE":
			return prev(2) == "AIR"
		}
		if owned && (s.words[j] == "POSITIONS" || s.words[j] == "POSTS") {
			return true
		}
	}
	return false
}

// housedForce returns the troops a base "housing" or "hosting" names, when
// they are a state's military: "two Iraqi bases housing U.S. troops" are the
// troops' (USAMIL), the occupant being the one attacked. The troops are
// coded on their own words, as the parser may have joined them to the base.
func (s *sent) housedForce(h int) *acode {
	if h+3 >= len(s.words) || (s.words[h+1] != "HOUSING" && s.words[h+1] != "HOSTING") {
		return nil
	}
	for k := h + 3; k < len(s.words) && k <= h+4; k++ {
		switch s.words[k] {
		case "TROOPS", "FORCES", "SOLDIERS", "PERSONNEL":
		default:
			continue
		}
		for _, c := range s.codeFlat(h+2, k) {
			if c.hasActor && len(c.code) == 6 && c.code[3:] == "MIL" && isCountryCode(c.code[:3]) {
				c.first, c.last = h+2, k
				return &c
			}
		}
		return nil
	}
	return nil
}
