package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// clashWords name a fight both sides took part in: "clashed with",
// "wounded in a clash with", "a gunbattle with".
var clashWords = map[string]bool{
	"CLASH": true, "CLASHES": true, "CLASHED": true, "CLASHING": true,
	"GUNBATTLE": true, "GUNBATTLES": true, "GUNFIGHT": true, "GUNFIGHTS": true, "FIREFIGHT": true, "FIREFIGHTS": true,
	"SKIRMISH": true, "SKIRMISHES": true, "SKIRMISHED": true,
}

// clashes mirrors the fighting (190 or 193) between two armed sides that
// the sentence calls a clash: "Kachin fighters clashed with Myanmar troops"
// is MMRREB>MMRMIL and MMRMIL>MMRREB, as "soldiers were wounded in a clash
// with guerrillas" is each side's fire on the other. The sets code a clash
// as reciprocal (testdata/news/README.md: "a clash is reciprocal", 190
// both ways), while CLASH's own patterns ("- &MILITARY * [190]") and an
// attack verb read in the sentence give one direction. Both sides must be
// armed — a state's military or police, rebels, insurgents, militias —
// since protesters "clashing" with police are coded by the protest and its
// repression, not as a battle both ways.
func (s *sent) clashes(evs []dyad.Event) []dyad.Event {
	if !s.namesClash() {
		return evs
	}
	return withReverse(evs, func(e *dyad.Event) bool {
		return (e.Code == "190" || e.Code == "193") && fighter(e.Source.Code) && fighter(e.Target.Code)
	})
}

// namesClash reports whether the sentence names a clash with its other
// side: a clash word followed by "with" or "between" ("clashed with",
// "a clash with", "clashes between"). A clash named alone ("after days of
// clashes") may be another fight than the act coded.
func (s *sent) namesClash() bool {
	for i, w := range s.words {
		if clashWords[w] && !s.del[i] && i+1 < len(s.words) && (s.words[i+1] == "WITH" || s.words[i+1] == "BETWEEN") {
			return true
		}
	}
	return false
}

// fighter reports whether an actor code is an armed side: a state's
// military or police, or a non-state armed group.
func fighter(code string) bool {
	if armed(code) {
		return true
	}
	return len(code) >= 6 && (strings.HasSuffix(code, "MIL") || strings.HasSuffix(code, "COP"))
}
