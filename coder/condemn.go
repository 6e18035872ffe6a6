package coder

import "strings"

// responsible returns the actor phrase a criticism (111) of an act is aimed
// at, when its target tgt is the object of "on" or "against" right after a
// phrase that names the act's author: in "Egypt condemned the Israeli raid
// on Lebanon" Lebanon is where the raid was, Israel the party condemned.
// Codebook, 111: "Condemn, decry a policy or an action; criticize ...
// responsible parties". CONDEMN's "- * ^ ON + [111]" and "- * ATTACK
// &PREPOSIT1 + [111]" read "on" as naming the target. It returns -1 when
// that is not the shape (then the target stands): no named actor before the
// preposition ("condemned the attack on Lebanon"), or an accusation (112,
// "blamed the attack on Hamas" names the one blamed).
func (s *sent) responsible(code string, src, tgt int) int {
	if code != "111" || tgt < 0 {
		return -1
	}
	f := s.nes[tgt].first
	if f < 2 {
		return -1
	}
	switch s.words[f-1] {
	case "ON", "AGAINST", "UPON":
	default:
		return -1
	}
	e := int(s.ne[f-2])
	if e < 0 || e == src || e == tgt || s.nes[e].last != f-2 || !anyNamed(s.nes[e].codes) {
		return -1
	}
	// The author's phrase is the object: a noun phrase after the verb, not
	// a place or date phrase of its own.
	if !strings.HasPrefix(s.tags[f-2], "NN") {
		return -1
	}
	return e
}
