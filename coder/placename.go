package coder

import (
	"strings"

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

// placeInEventName reports whether the n words at i are a city's or
// capital's name used in the name of a meeting or accord, read by the noun
// after it. The gazetteer is asked only when such a noun follows, so the
// common case costs a map look-up or two.
func (s *sent) placeInEventName(i, n int) bool {
	j := i + n
	for j < len(s.words) && j-(i+n) < 2 && eventNameModifiers[s.words[j]] {
		j++
	}
	if j >= len(s.words) || !eventNameHeads[s.words[j]] || !strings.HasPrefix(s.leaves[j].Label, "NN") {
		return false
	}
	var b strings.Builder
	for k := i; k < i+n; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(s.leaves[k].Word)
	}
	p, ok := where.Default().Lookup(b.String())
	return ok && p.Kind != "country"
}
