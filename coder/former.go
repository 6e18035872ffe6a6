package coder

import (
	"strings"

	"github.com/dyadproject/dyad/dict"
)

// formerRoles are the state offices a person leaves to become one of the
// country's elites (ELI): the CAMEO codebook's and CountryInfo's convention
// for former leaders, which the office-holder table follows too.
var formerRoles = map[string]bool{"GOV": true, "MIL": true, "LEG": true, "JUD": true}

// formerTitle reports whether the words a..at-1 before a person's name say
// the title is a former one: "former President Alan Garcia", "ex-premier
// X", "Peru's former president X". The word must stand before a title, not
// before another name ("the former Soviet republic's President X" is a
// sitting president): when the word after it starts an actor phrase, a
// possessive must not follow before the title ("former Georgian president
// Mikheil Saakashvili" is a former president).
func (s *sent) formerTitle(a, at int) bool {
	ws := s.words[:at]
	for j := a; j < at; j++ {
		w := s.words[j]
		switch {
		case w == "FORMER" || w == "EX" || w == "ONETIME" || w == "ONE-TIME" || removedTitle[w]:
			if j+1 < at && (w != "EX" || s.words[j+1] != "-") {
				if idx, _ := s.matchActor(ws, j+1); idx >= 0 && s.possessiveIn(j+1, at) {
					continue
				}
			}
			return true
		case strings.HasPrefix(w, "EX-") && len(w) > 3:
			if idx, _ := s.matchActor([]string{w[3:]}, 0); idx >= 0 {
				continue // "ex-Soviet"
			}
			return true
		}
	}
	return false
}

// formerCode turns a person's state-office code into the country's ELI
// ("PERGOV" → "PERELI") when the text calls the title a former one: Phoenix's
// CountryInfo terms are often open-ended (Alan Garcia is PERGOV from 2006
// with no end), and the text is the better witness. A code that is not a
// country and one state office (a rebel leader, IGOUNO) is left alone.
func formerCode(code string) (string, bool) {
	if len(code) != 6 || !formerRoles[code[3:]] {
		return code, false
	}
	for i := 0; i < 3; i++ {
		if c := code[i]; c < 'A' || c > 'Z' {
			return code, false
		}
	}
	return code[:3] + "ELI", true
}

// eliAgent is the role of a country's elites, for a former title with no
// name ("Peru's former foreign minister").
var eliAgent = &dict.Agent{Code: "ELI", Phrase: "FORMER (title)"}

// formerAgents reports whether every agent is a civil state office a
// former title leaves (GOV, LEG, JUD; ELI itself, as Phoenix's
// FORMER_PRESIDENT gives, counts too). Not MIL: "former soldiers" are
// veterans, not elites.
func formerAgents(agents []*dict.Agent) bool {
	for _, g := range agents {
		if g.Before || g.Code == "MIL" || !(formerRoles[g.Code] || g.Code == "ELI") {
			return false
		}
	}
	return true
}

// possessiveIn reports whether a possessive ending ('s) stands among leaves
// a..b-1.
func (s *sent) possessiveIn(a, b int) bool {
	for j := a; j < b; j++ {
		if s.tags[j] == "POS" {
			return true
		}
	}
	return false
}

// removedTitle are the words that say a title's holder was removed from it,
// as "former" says he left it: "ousted President Mohamed Bazoum", "deposed
// king X" (ELI, as the news sets code them).
var removedTitle = map[string]bool{"OUSTED": true, "DEPOSED": true, "TOPPLED": true, "OVERTHROWN": true}
