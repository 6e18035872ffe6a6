package coder

import "strings"

// locativePreps are the prepositions that put an event in a place: "rallied
// in Herat", "raids across Central Java", "marched through Belgrade".
var locativePreps = map[string]bool{
	"IN": true, "ACROSS": true, "THROUGHOUT": true, "THROUGH": true, "AT": true,
	"NEAR": true, "INSIDE": true, "OUTSIDE": true, "AROUND": true,
}

// placeCountry returns the one country of the places the sentence puts its
// events in: a bare country or city named after a locative preposition ("in
// the western Afghan city of Herat", "across Rwanda", "in northern Burkina
// Faso") or as the dateline ("ALMATY (Reuters) -"). It returns "" when there
// is none or the places name two countries.
func (s *sent) placeCountry() string { return s.onePlace(true) }

// onePlace returns the one country of the bare countries, cities and
// landmarks (landmarkPlace: "at the Kremlin") named after a locative
// preposition, and with dateline of the dateline too, or "" when there is
// none or they name two countries.
func (s *sent) onePlace(dateline bool) string {
	country := ""
	for m := range s.nes {
		cs := s.nes[m].codes
		if len(cs) != 1 || !bareCountry(cs[0]) || !dateline && s.nes[m].first == 0 || !s.locative(s.nes[m].first) {
			continue
		}
		if !sameOne(&country, cs[0].base) {
			return ""
		}
	}
	for i := 1; i < len(s.words); i++ {
		c, end := s.landmarkPlace(i)
		if c == "" {
			continue
		}
		if !sameOne(&country, c) {
			return ""
		}
		i = end - 1
	}
	return country
}

// sameOne keeps in *one the first value it is given and reports whether v
// is that value: the test of "one country, or none" over a sentence.
func sameOne(one *string, v string) bool {
	if *one == "" {
		*one = v
	}
	return *one == v
}

// bareCountry reports whether c is a country or city with no role: the
// code of a place.
func bareCountry(c acode) bool {
	return c.hasActor && len(c.code) == 3 && c.code == c.base && c.role == nil && c.ref == nil && len(c.agents) == 0
}

// locative reports whether a mention starting at leaf i names a place: a
// locative preposition before it, with at most two modifiers between ("in
// northern Iraq", "in the Pakistani city of Sialkot" reaches the
// preposition from "the"), or a dateline (the sentence's first phrase, then
// a parenthesis or a comma).
func (s *sent) locative(i int) bool {
	if i == 0 {
		for j := 1; j < len(s.words) && j < 4; j++ {
			switch s.tags[j] {
			case "-LRB-", ",", ":":
				return true
			}
			if s.tags[j] != "NNP" {
				break
			}
		}
		return false
	}
	for j, n := i-1, 0; j >= 0 && n <= 2; j, n = j-1, n+1 {
		if locativePreps[s.words[j]] {
			return true
		}
		switch s.tags[j] {
		case "JJ", "DT", "NNP":
		default:
			return false
		}
	}
	return false
}

// placeLocals gives a phrase named only by the role of people who belong
// where they are (localRoles: protesters, students, rebels, workers,
// refugees, ...) the country of the sentence's place: "Dozens of students
// rallied in the western Afghan city of Herat" AFGEDU, "Thousands of
// protesters marched through central Belgrade" SRBOPP, "ALMATY (Reuters) -
// Protesters stormed ..." KAZOPP, "police arrested students at a rally in
// Belgrade" SRBEDU. placeRoles has already given a role the place right
// after it. A subject (before the first verb) takes the place wherever it
// is named, except civilians (CVL), the usual victims, unless they are a
// crowd counted as people, women or men (peopleCrowd), which is the
// place's people; any other phrase only a place named after it. Rounds two
// and three measured the rule on every role-only phrase, places before
// them included, and lost held events at the exact level.
func (s *sent) placeLocals() {
	country := ""
	looked := false
	first := s.firstVerb()
	for m := range s.nes {
		cs := s.nes[m].codes
		subject := s.nes[m].first <= first
		crowd := subject && len(cs) > 0 && !anyActor(cs) && s.peopleCrowd(m)
		if len(cs) == 0 || anyActor(cs) || !(localRoles(cs) || subject && armedOnly(cs) || crowd) || s.foreignRole(m) {
			continue
		}
		if s.nes[m].first > first && !s.placeAfter(s.nes[m].last) {
			continue
		}
		if s.nes[m].first <= first && hasAgent(cs, "CVL") && !crowd {
			continue
		}
		if !looked {
			country, looked = s.placeCountry(), true
		}
		if country == "" {
			return
		}
		if s.signingParty(m) != -1 {
			continue // the place of a signing, not its party's (signing.go)
		}
		if crowd {
			// The crowd is the place's people, as a plural demonym is
			// ("Tens of thousands of Malians"): the bare country, which
			// crowdDissent makes the opposition when it protests.
			s.nes[m].codes = []acode{{code: country, base: country, hasActor: true, first: s.nes[m].first, last: s.nes[m].last}}
			continue
		}
		s.nes[m].codes = s.ofCountry(acode{code: country, base: country, hasActor: true}, cs)
	}
}

// crowdNouns name a crowd by its members with no role: "tens of thousands
// of people", "dozens of women", "hundreds of men".
var crowdNouns = map[string]bool{"PEOPLE": true, "WOMEN": true, "MEN": true}

// peopleCrowd reports whether mention m is a crowd counted by a crowd word
// and named only as people, women or men ("Tens of thousands of people",
// "Dozens of women"): the people of the place where they gather.
func (s *sent) peopleCrowd(m int) bool {
	first, last := s.nes[m].first, s.nes[m].last
	return crowdNouns[s.words[last]] && s.countedCrowd(first, last)
}

// firstVerb is the index of the sentence's first verb (tag VB*), or the
// number of leaves.
func (s *sent) firstVerb() int {
	for i, t := range s.tags {
		if len(t) >= 2 && t[:2] == "VB" {
			return i
		}
	}
	return len(s.tags)
}

// hasAgent reports whether any of the codes has the agent code.
func hasAgent(cs []acode, code string) bool {
	for _, c := range cs {
		for _, g := range c.agents {
			if g.Code == code {
				return true
			}
		}
	}
	return false
}

// dissentRoles are the roles of a country's own people acting as its
// citizens against its state: the opposition, students, labour, farmers.
var dissentRoles = map[string]bool{"OPP": true, "EDU": true, "LAB": true, "AGR": true}

// ownState makes a bare country, as the target of its own dissenters, the
// country's government: "Students blocked a major intersection in
// Belgrade" is SRBEDU against SRBGOV, not against Serbia, as a protest,
// strike or riot is directed at the state (CAMEO 14x). It returns t itself
// otherwise.
func ownState(a, t *acode) *acode {
	if a == nil || t == nil || !a.hasActor || len(a.code) != 6 || a.code[:3] != a.base || !dissentRoles[a.code[3:]] {
		return t
	}
	if !bareCountry(*t) || t.base != a.base {
		return t
	}
	c := *t
	c.code = c.base + "GOV"
	return &c
}

// placeAfter reports whether a locative place follows leaf i, not inside an
// infinitive clause after it ("a rally staged by students to protest the
// war in Iraq" does not put the students in Iraq).
func (s *sent) placeAfter(i int) bool {
	for m := range s.nes {
		cs := s.nes[m].codes
		if s.nes[m].first <= i || len(cs) != 1 || !bareCountry(cs[0]) || !s.locative(s.nes[m].first) {
			continue
		}
		for j := i + 1; j+1 < s.nes[m].first; j++ {
			if s.tags[j] == "TO" && s.tags[j+1] == "VB" {
				return false
			}
		}
		return true
	}
	return false
}

// armedOnly reports whether every code is an unaligned armed role
// (militants, militiamen, gunmen: UAF), with a religious one or not, or a
// criminal one (gangs, gang members, cartel gunmen: CRM). A gang, like a
// band of gunmen, is of the place where it attacks: "Gang members killed
// 30 people in Cabaret, north of Port-au-Prince" is HTICRM, and with no
// country the event was lost.
func armedOnly(cs []acode) bool {
	for _, c := range cs {
		if len(c.agents) == 0 {
			return false
		}
		for _, g := range c.agents {
			if g.Code != "UAF" && g.Code != "MUS" && g.Code != "CRM" {
				return false
			}
		}
	}
	return true
}

// verbPlace returns the country of the place named in verb leaf v's own
// phrase when the sentence names more than one: the first locative country
// after v before any other verb. "met his Saudi counterpart in Cairo ... to
// discuss efforts to end the war in Sudan" met in Egypt; Sudan is the
// object of another verb's phrase, and onePlace, which takes a country
// only when the sentence names one, gave no place at all. Returns "" when
// v is unknown or a verb comes first.
func (s *sent) verbPlace(v int) string {
	if v < 0 {
		return ""
	}
	for i := v + 1; i < len(s.leaves); i++ {
		if strings.HasPrefix(s.tags[i], "VB") {
			return ""
		}
		for m := range s.nes {
			cs := s.nes[m].codes
			if s.nes[m].first == i && len(cs) == 1 && bareCountry(cs[0]) && s.locative(i) {
				return cs[0].base
			}
		}
		if c, _ := s.landmarkPlace(i); c != "" {
			return c
		}
	}
	return ""
}

// meetingPlaceOf returns the place of the meeting told by verb leaf v: the
// sentence's one place (one, meetingPlace's), else the place in the verb's
// own phrase (verbPlace, a landmark's state too), else, when the sentence
// names no place at all (no landmark either), the dateline's country:
// "BEIJING (Reuters) - Xi and Abe met on Monday" was held in China, as the
// sets code such a meeting (a visit to the dateline's state, or each
// party's visit to a third one).
func (s *sent) meetingPlaceOf(one string, v int) string {
	if one != "" {
		return one
	}
	if p := s.verbPlace(v); p != "" {
		return p
	}
	dateline := ""
	for m := range s.nes {
		cs := s.nes[m].codes
		if len(cs) != 1 || !bareCountry(cs[0]) || !s.locative(s.nes[m].first) {
			continue
		}
		if s.nes[m].first > 0 {
			return "" // places named, none of them the meeting's
		}
		if dateline == "" {
			dateline = cs[0].base
		}
	}
	for i := 1; i < len(s.words); i++ {
		if c, _ := s.landmarkPlace(i); c != "" {
			return "" // a landmark named, not the meeting's place
		}
	}
	return dateline
}
