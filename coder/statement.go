package coder

import (
	"strings"

	"github.com/dyadproject/dyad/dict"
)

// placeOfStatement reports whether actor phrase e, said as a place ("in
// Algiers"), would be the default target of a bare statement (a reporting
// verb's own 01x code, no pattern). A statement is addressed to someone; the
// place a reported act happens in is not its addressee: in "Gbagbo announced
// that he will extend the curfew in Algiers" Algiers is where the curfew is.
func (s *sent) placeOfStatement(pat *dict.Pattern, code string, e int) bool {
	return pat == nil && strings.HasPrefix(code, "01") && s.isPlace(s.nes[e].first)
}

// subjectOfStatement reports whether actor phrase e, a pronoun standing
// for an earlier actor, is the subject of a clause a bare statement reports:
// in "the army declared martial law, saying it needed to restore order" the
// "it" is the speaker or what it speaks of, never whom the statement is
// addressed to. A statement's addressee is its object ("told him"), not a
// pronoun that opens what is said.
func (s *sent) subjectOfStatement(pat *dict.Pattern, code string, e int) bool {
	if pat != nil || !strings.HasPrefix(code, "01") {
		return false
	}
	first := s.nes[e].first
	if first != s.nes[e].last || s.tags[first] != "PRP" {
		return false
	}
	np := s.parent[s.leafK[first]]
	if np < 0 || !isLabel(s.nodes[np].Label, "NP") {
		return false
	}
	cl := s.parent[np]
	if cl < 0 || !isLabel(s.nodes[cl].Label, "S") {
		return false
	}
	var buf [16]int
	after := false
	for _, c := range s.children(cl, buf[:0]) {
		if c == np {
			after = true
			continue
		}
		if after && isLabel(s.nodes[c].Label, "VP") {
			return true
		}
	}
	return false
}

// homeOfMeeting reports whether actor phrase e, said as a place, is the
// source's own country as the default target of a verb's bare consultation
// code (04x, no pattern): in "Speaking to reporters in Ankara, Turkish
// Foreign Minister Mevlut Cavusoglu said ..." the minister speaks at home,
// to no one Ankara stands for. A place abroad stays the host ("talks in
// Moscow" are with Russia, as the verb file's "- * TALKS IN +" has it).
func (s *sent) homeOfMeeting(pat *dict.Pattern, code string, e, src int) bool {
	if pat != nil || !strings.HasPrefix(code, "04") || src < 0 {
		return false
	}
	cs := s.nes[e].codes
	if len(cs) == 0 {
		return false
	}
	for _, c := range cs {
		if !s.saidAsPlace(c.first, c.last) {
			return false
		}
		home := false
		for _, a := range s.nes[src].codes {
			home = home || sameCountry(a.code, c.code)
		}
		if !home {
			return false
		}
	}
	return true
}

// toOwnState reports whether a bare statement (a reporting verb's own 01x
// code, no pattern) by source src would be addressed, through its default
// target tgt, to the speaker's own state named as such: "Turkish President
// Tayyip Erdogan said that Turkey would launch a military operation" is no
// statement to Turkey. The state is what the speaker speaks for, so there
// is no statement event; what is said is coded on its own.
func (s *sent) toOwnState(pat *dict.Pattern, code string, src, tgt int) bool {
	if pat != nil || !strings.HasPrefix(code, "01") || src < 0 || tgt < 0 {
		return false
	}
	ts := s.nes[tgt].codes
	if len(ts) == 0 {
		return false
	}
	for _, t := range ts {
		if len(t.code) != 3 {
			return false
		}
		own := false
		for _, a := range s.nes[src].codes {
			own = own || sameCountry(a.code, t.code)
		}
		if !own {
			return false
		}
	}
	return true
}
