package coder

import "strings"

// fireVerbs trade fire: EXCHANGE's and TRADE's "- * FIRE [193:193]".
var fireVerbs = map[string]bool{"EXCHANGE": true, "TRADE": true}

// exchangedFire returns 190 for the 193 a fire-trading verb's pattern gave
// when its object is "fire" with no weapon word: "border guards exchanged
// fire" is fighting whose weapons cannot be told, the codebook's residual
// 190, where "fire" alone may be artillery as well as rifles (the news
// sets' harmonised convention: "Fire exchanged with no weapon word is 190;
// gunfire, gunfights and gun battles 193"). The complement then refines
// the 190 as any other: "exchanged artillery fire" 194, fire exchanged
// hours after a ceasefire 196. Other verbs and codes are returned as given.
func (s *sent) exchangedFire(code string, from, to int, verb string) string {
	if code != "193" || !fireVerbs[strings.TrimPrefix(verb, "+")] {
		return code
	}
	for i := from; i <= to && i < len(s.words) && i < from+4; i++ {
		if s.words[i] == "FIRE" {
			return "190"
		}
	}
	return code
}
