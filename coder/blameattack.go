package coder

import "github.com/dyadproject/dyad"

// blameWords hold a party to blame outside an "accused X of …" complement:
// "blamed Israel for the explosions", "said Iran was responsible",
// "held the army responsible".
var blameWords = map[string]bool{
	"BLAME": true, "BLAMED": true, "BLAMES": true, "BLAMING": true, "RESPONSIBLE": true,
}

// attackWords name an attack or an explosion in the sentence, beside the
// events of roots 18 to 20 the coder found.
var attackWords = map[string]bool{
	"ATTACK": true, "ATTACKS": true, "ATTACKED": true, "EXPLOSION": true, "EXPLOSIONS": true,
	"BLAST": true, "BLASTS": true, "BOMBING": true, "BOMBINGS": true, "AGGRESSION": true,
}

// blamedAttacks moves to 1123 Accuse of aggression the 112 of a state, its
// government, military, police or intelligence service blamed or held
// responsible when the sentence reports an attack or an explosion: "Two
// tankers were attacked, and Washington said Iran was responsible". The
// codebook's 1123 is the accusation of "military action, aggression", and
// the news sets code a state held to account for an attack so. A non-state
// armed group so blamed is 1123 too, in its own country as well ("the
// military blamed Boko Haram for the bombings"): the session fifteen and
// sixteen harmonisations code blame for a bombing, blast, strike or armed
// attack 1123, blamed on "a state's forces or an armed group in conflict
// with the victim's side" (fresh31's ao-077 was 112 when this rule was
// written, and 1123 since). A person blamed stays 112. Accusations with
// "of" name their act in the complement, which the sub-code table reads
// (subcodes.txt AGGRESSION); blame and responsibility often name it only
// earlier in the sentence.
// Only blame words count: "accused Pakistan's spy service of helping the
// network carry out a bombing" stays 112.
func (s *sent) blamedAttacks(evs []dyad.Event) []dyad.Event {
	for k := range evs {
		e := &evs[k]
		if e.Code != "112" || !attackBlamable(e.Source.Code, e.Target.Code) {
			continue
		}
		v := s.leafAt(e.Verb.Start)
		if v < 0 || !s.blameAfter(v) || !s.namesAttack(evs) {
			continue
		}
		e.Code = "1123"
	}
	return evs
}

// attackBlamable reports whether an accusation by src of tgt may be one of
// aggression: tgt is an armed group, in any country, or a state or one of
// its organs blamed from outside its own country.
func attackBlamable(src, tgt string) bool {
	return armed(tgt) || stateOrgan(tgt) && !sameCountry(src, tgt)
}

// blameAfter reports whether the verb at leaf v is a blame word, or one
// comes after it in the verb's own clause ("said Iran was responsible"). A
// blame word of a later clause is another accuser's: in "Iran accused
// Israel of spying, and the U.S. blamed Hamas for the attack" Iran's
// accusation blames no one for the attack. Nor does one of an adverbial
// clause the parse hangs inside the verb's ("Egypt accused Israel of lying,
// while Jordan blamed Iran for the explosions": the "while" clause sits in
// the accusation's complement).
func (s *sent) blameAfter(v int) bool {
	for i, last := v, s.clauseLast(v); i <= last; i++ {
		if !s.del[i] && blameWords[s.words[i]] && !s.inAdverbialClause(i, v) {
			return true
		}
	}
	return false
}

// namesAttack reports whether the sentence names an attack or an
// explosion, in words or as an event of roots 18 to 20.
func (s *sent) namesAttack(evs []dyad.Event) bool {
	for i := range s.words {
		if attackWords[s.words[i]] {
			return true
		}
	}
	for k := range evs {
		if c := evs[k].Code; len(c) >= 2 && force(string(c[:2])) { // sameattack.go
			return true
		}
	}
	return false
}
