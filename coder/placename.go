package coder

import (
	"strings"
	"sync"

	"github.com/dyadproject/dyad/where"
)

// A city's or capital's name before one of these nouns names a meeting, an
// accord or a process ("the Jeddah talks", "the Minsk agreements", "the
// Vienna Convention", "the Astana format"), not the state the city lies in:
// the Sudanese army leaving the Jeddah talks does not leave Saudi Arabia, and
// a violation of the Vienna Convention is not Austria's. The country's own
// name keeps its reading ("the Iran nuclear deal" is about Iran).
var (
	eventNameHeads = map[string]bool{"TALKS": true, "SUMMIT": true, "MEETING": true,
		"CONFERENCE": true, "NEGOTIATIONS": true, "PROCESS": true, "FORMAT": true,
		"AGREEMENT": true, "AGREEMENTS": true, "ACCORD": true, "ACCORDS": true,
		"CONVENTION": true, "CONVENTIONS": true, "PROTOCOL": true, "DECLARATION": true,
		"TREATY": true, "FRAMEWORK": true, "COMMUNIQUE": true, "FORMULA": true,
		"MEMORANDUM": true, "CONSENSUS": true, "DIALOGUE": true}
	// eventNameModifiers may stand between the name and its head: "the
	// Cairo ceasefire talks", "the Oslo peace process".
	eventNameModifiers = map[string]bool{"PEACE": true, "CEASEFIRE": true, "NUCLEAR": true,
		"CLIMATE": true, "TRADE": true, "SECURITY": true}
)

// cityNames holds the gazetteer's city and capital names, upper-cased, and
// cityFirst their first words, built once.
var (
	cityOnce  sync.Once
	cityNames map[string]bool
	cityFirst map[string]bool
)

// placeInEventName reports whether the n words at i are a city's or
// capital's name used in the name of a meeting or accord, read by the noun
// after it. The common case costs a map look-up or two and no allocation.
func (s *sent) placeInEventName(i, n int) bool {
	j := i + n
	for j < len(s.words) && j-(i+n) < 2 && eventNameModifiers[s.words[j]] {
		j++
	}
	if j >= len(s.words) || !eventNameHeads[s.words[j]] || !strings.HasPrefix(s.leaves[j].Label, "NN") {
		return false
	}
	cityOnce.Do(func() {
		cityNames, cityFirst = map[string]bool{}, map[string]bool{}
		for _, nm := range where.Default().NamesOf("capital", "city") {
			up := strings.ToUpper(nm)
			cityNames[up] = true
			cityFirst[strings.Fields(up)[0]] = true
		}
	})
	if n == 1 {
		return cityNames[s.words[i]]
	}
	return cityFirst[s.words[i]] && cityNames[strings.Join(s.words[i:i+n], " ")]
}
