package coder

import "strings"

// officialProtest returns the code of a protest (verb PROTEST, code of root
// 14) made by a state: 110 Disapprove ("objections, and complaints"), since
// CAMEO's 14 is "civilian demonstrations and other collective actions"
// (140). "Japan protested to China over the detention of its fishermen" is a
// government's complaint, not a street demonstration; PROTEST's "- * TO +
// [141]" and "- * OVER [141]" read it as one. A state is an actor with a
// state sector (government, military, police, judiciary, legislature,
// intelligence) or a country named by its proper name ("Japan", not
// "Egyptians", even when the tagger writes NNP for "Israelis"). A crowd
// counted by its size ("Thousands of Israelis protested") demonstrates
// whatever its members are named by. Other codes
// and sources are returned as given.
func (s *sent) officialProtest(code string, src *acode, vi int) string {
	if !strings.HasPrefix(code, "14") || !strings.HasPrefix(s.words[vi], "PROTEST") || src == nil || src == &nullActor {
		return code
	}
	if s.counted(src.first) {
		return code
	}
	c := src.code
	if len(c) < 3 {
		return code
	}
	for k := 3; k+3 <= len(c); k += 3 {
		switch c[k : k+3] {
		case "GOV", "MIL", "COP", "JUD", "LEG", "SPY":
			return "110"
		}
	}
	if len(c) == 3 && src.hasActor && src.role == nil && src.last >= 0 && s.tags[src.last] == "NNP" && !s.pluralDemonym(src.last) {
		switch c {
		case "IGO", "NGO", "IMG", "MNC":
			return code
		}
		return "110"
	}
	return code
}

// alertOf returns 151 "Increase police alert status" for an alert (152,
// "Increase military alert status") whose source is police: the verb file
// reads every "on alert" as 152. Other codes are returned as given.
func alertOf(code string, src *acode) string {
	if code != "152" || src == nil || src == &nullActor {
		return code
	}
	c := src.code
	for k := 3; k+3 <= len(c); k += 3 {
		if c[k:k+3] == "COP" {
			return "151"
		}
	}
	return code
}

// pluralDemonym reports whether leaf i is a people named by the plural of a
// demonym ("Israelis", "Kenyans": the singular names the country too), not
// a state whose name ends in -s ("the Philippines", "the United States").
func (s *sent) pluralDemonym(i int) bool {
	w := s.words[i]
	if len(w) < 4 || w[len(w)-1] != 'S' {
		return false
	}
	switch w {
	case "STATES", "NATIONS", "EMIRATES", "NETHERLANDS", "PHILIPPINES", "ISLANDS", "MALDIVES", "BAHAMAS":
		return false
	}
	idx, n := s.c.d.Actors.Match([]string{w[:len(w)-1]}, 0)
	return idx >= 0 && n == 1
}

// counted reports whether the noun phrase whose name starts at leaf i is
// counted as a crowd: "thousands of", "hundreds of", "dozens of", "scores
// of", "tens of thousands of", "millions of" right before it.
func (s *sent) counted(i int) bool {
	return i >= 2 && s.words[i-1] == "OF" && crowdWords[s.words[i-2]]
}
