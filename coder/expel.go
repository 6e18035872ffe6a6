package coder

import "strings"

// expelledBody returns the code of an expulsion (174, "Expel or deport
// individuals") whose target t is an international or non-governmental
// body: 166 "Expel or withdraw: Terminate the presence of groups or
// organizations" (174's note: "Expulsion of peacekeepers, inspectors, or
// aid agencies refer to category 16[6]"), refined by the verb's phrase
// (from..to) to 1661 peacekeepers, 1662 inspectors, 1663 aid agencies when
// SubCodes is on. "Sudan expelled the United Nations from Darfur", "Eritrea
// ordered UN peacekeepers to leave". Other codes are returned as given.
func (s *sent) expelledBody(code string, t *acode, from, to int) string {
	if code != "174" || t == nil || t == &nullActor || !(strings.HasPrefix(t.code, "IGO") || strings.HasPrefix(t.code, "NGO")) {
		return code
	}
	if s.c.opt.SubCodes {
		return s.subcode("166", from, to, "")
	}
	return "166"
}

// massExpulsion returns 201 "Engage in mass expulsion: Force large groups of
// people or populations out of some territory" for an expulsion of
// individuals (174) whose object counts people by the hundreds or more:
// "Serbian forces expelled thousands of Kosovo Albanians", "deported 5,000
// refugees", "up to 10,000 Haitians a week", "several thousand residents"
// — or names a people by its plural with no count at all: "began deporting
// undocumented Afghans" removes the group, not some of its members ("two
// Afghans", "an Afghan journalist" stay 174). Other codes are returned as
// given.
func (s *sent) massExpulsion(code string, from, to int) string {
	if code != "174" {
		return code
	}
	for i := from; i <= to && i < len(s.words) && i < from+4; i++ {
		w := s.words[i]
		switch {
		case w == "THOUSANDS" || w == "HUNDREDS" || w == "TENS" || w == "MILLIONS" || w == "THOUSAND" || w == "MILLION":
			return "201"
		case s.tags[i] == "TO" && i > from && s.words[i-1] == "UP":
			// "up to 10,000"
		case s.peoplePlural(i):
			return "201"
		case s.tags[i] == "CD":
			if n, ok := count(w); ok && n >= 1000 {
				return "201"
			}
			if i+1 <= to && (s.words[i+1] == "THOUSAND" || s.words[i+1] == "MILLION") {
				return "201"
			}
			return code
		case s.tags[i] == "DT" || s.tags[i] == "JJ" || s.tags[i] == "RB" || s.tags[i] == "IN" || s.tags[i] == "JJR":
			// "more than 1,000", "some 5,000", "an estimated 10,000"
		default:
			return code
		}
	}
	return code
}

// peoplePlural reports whether leaf i is a people named by its plural and
// coded as a bare country: "Afghans", "Haitians", "Rohingya" are NNPS or a
// capitalised NNS opening an actor mention with no role.
func (s *sent) peoplePlural(i int) bool {
	if t := s.tags[i]; t != "NNPS" && t != "NNS" || !strings.HasSuffix(s.words[i], "S") {
		return false
	}
	if l := s.leaves[i].Word; l == "" || l[0] < 'A' || l[0] > 'Z' {
		return false
	}
	m := int(s.ne[i])
	if m < 0 || len(s.nes[m].codes) != 1 {
		return false
	}
	return bareCountry(s.nes[m].codes[0])
}

// count reads a number written with digits and thousands commas.
func count(w string) (int, bool) {
	n := 0
	if w == "" {
		return 0, false
	}
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			n = n*10 + int(r-'0')
		case r == ',':
		default:
			return 0, false
		}
	}
	return n, true
}
