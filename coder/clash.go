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
//
// Only the fights of the clause that names the clash are mirrored (the
// nearest clause above the clash word holding one): in "rebels clashed
// with troops in the north, while police shot dead two rebels in the
// capital" the shooting is one side's. A clash verb is its own clause's:
// when that clause holds no fight the clash was not coded, and a fight
// of a clause above it ("police shot dead two rebels, a day after rebels
// clashed with troops") is another.
func (s *sent) clashes(evs []dyad.Event) []dyad.Event {
	c := s.clashAt()
	if c < 0 {
		return evs
	}
	first, last := s.fightClause(evs, c, armedFight)
	if first < 0 || strings.HasPrefix(s.tags[c], "VB") && !s.clauseOf(c, first, last) {
		return evs // "…, a day after rebels clashed with troops": that clash was not coded
	}
	return withReverse(evs, func(e *dyad.Event) bool {
		v := s.leafAt(e.Verb.Start)
		return armedFight(e) && v >= first && v <= last
	})
}

// clauseOf reports whether leaves first..last are the nearest clause
// above leaf c.
func (s *sent) clauseOf(c, first, last int) bool {
	p := s.clauseAbove(c)
	return p >= 0 && s.spans[p].first == first && s.spans[p].last == last
}

// armedFight reports whether e is fighting (190 or 193) between two armed
// sides.
func armedFight(e *dyad.Event) bool {
	return (e.Code == "190" || e.Code == "193") && fighter(e.Source.Code) && fighter(e.Target.Code)
}

// clashAt returns the leaf of the first clash word the sentence names
// with its other side, a clash word followed by "with" or "between"
// ("clashed with", "a clash with", "clashes between"), or -1. A clash
// named alone ("after days of clashes") may be another fight than the
// act coded.
func (s *sent) clashAt() int {
	for i, w := range s.words {
		if !s.del[i] && i+1 < len(s.words) && (s.words[i+1] == "WITH" || s.words[i+1] == "BETWEEN") && clashWords[w] {
			return i
		}
	}
	return -1
}

// fighter reports whether an actor code is an armed side: a state's
// military or police, or a non-state armed group.
func fighter(code string) bool {
	if armed(code) {
		return true
	}
	return len(code) >= 6 && (strings.HasSuffix(code, "MIL") || strings.HasSuffix(code, "COP"))
}
