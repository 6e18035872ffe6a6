package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// accusedGerunds drops the events of a gerund that an accusation names
// when the parse did not give alleged the accusation's phrase: "accusing
// him of the war crime of illegally deporting children", "(NP accusing
// Israel) (PP of violating the ceasefire)". The gerund follows "of" or
// "for" (an adverb between), and an accuse, allege or blame form comes
// before it in the same stretch of the sentence, with no comma, semicolon
// or finite verb between. The act exists only in the accusation. So does
// the gerund object of a verb of denial (deniedGerund).
func (s *sent) accusedGerunds(evs []dyad.Event, says []said, at []int) ([]dyad.Event, []said, []int) {
	for j := 0; j < len(evs); j++ {
		if v := at[2*j]; s.accusedGerund(v) {
			evs, says, at = s.without(evs, says, at, v, v)
			j = -1
		}
	}
	return evs, says, at
}

// accusedGerund reports whether the verb at leaf v is such a gerund.
func (s *sent) accusedGerund(v int) bool {
	if v < 2 || s.tags[v] != "VBG" {
		return false
	}
	if s.deniedGerund(v) {
		return true
	}
	k := v - 1
	for k > 0 && s.tags[k] == "RB" {
		k--
	}
	if w := s.words[k]; w != "OF" && w != "FOR" {
		return false
	}
	for k--; k >= 0 && k >= v-12; k-- {
		if accuses(s.words[k]) && strings.HasPrefix(s.tags[k], "VB") {
			return true
		}
		switch s.words[k] {
		case ",", ";", ":", "--", ".":
			return false
		}
		switch s.tags[k] {
		case "VBD", "VBZ", "VBP", "MD":
			return false
		}
	}
	return false
}

// deniedGerund reports whether the gerund at leaf v is the object of a
// verb of denial: "Russia denied shelling the plant", "denies having sent
// troops".
func (s *sent) deniedGerund(v int) bool {
	k := v - 1
	if s.words[k] == "HAVING" && k > 0 {
		k--
	}
	for k > 0 && s.tags[k] == "RB" {
		k--
	}
	w := s.words[k]
	return strings.HasPrefix(s.tags[k], "VB") && (strings.HasPrefix(w, "DENY") || strings.HasPrefix(w, "DENI"))
}
