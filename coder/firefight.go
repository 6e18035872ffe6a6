package coder

// fireVerbs trade fire: EXCHANGE's and TRADE's "- * FIRE [193:193]".
var fireVerbs = map[string]bool{"EXCHANGE": true, "TRADE": true}

// exchangedFire returns 190 for the 193 a fire-trading verb's pattern gave
// when its object is "fire" with no weapon word ("exchanged fire", "traded
// heavy fire"): fighting whose weapons cannot be told, the codebook's
// residual 190, where "fire" alone may be artillery as well as rifles (the
// news sets' harmonised convention: "Fire exchanged with no weapon word is
// 190; gunfire, gunfights and gun battles 193"). It is final: the table's
// small arms read "fire" as theirs. "Exchanged artillery fire" names its
// weapon and is left to the table. Other verbs and codes are returned as
// given. verb is the verb's dictionary name ("EXCHANGE").
func (s *sent) exchangedFire(code string, from, to int, verb string) (string, bool) {
	if code != "193" || !fireVerbs[verb] {
		return code, false
	}
	i := from
	if i <= to && i < len(s.words) && (s.tags[i] == "JJ" || s.tags[i] == "DT") {
		i++ // "heavy fire", "some fire"
	}
	if i <= to && i < len(s.words) && s.words[i] == "FIRE" {
		return "190", true
	}
	return code, false
}
