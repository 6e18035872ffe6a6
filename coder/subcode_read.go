package coder

import (
	"slices"

	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/dict"
)

// What a pattern's own words say, read against the sentence: words read out
// of a name (readsOnlyNames), a sum of money whose purpose is named after it
// (moneyFor), a generic weapon whose kind is named (weaponMeans). fragment
// (subcode_pattern.go) calls them before the sub-code table refines the code.

// readsOnlyNames reports whether every word of its own that pattern p read
// after the verb (leaves from..to) is a word of a named actor: ASK's "- * +
// TO SUPPORT [022]" read SUPPORT out of "the Rapid Support Forces" in "asked
// Saudi Arabia to mediate with the Rapid Support Forces", URGE's FREE
// patterns would read "the Free Syrian Army". A name says who the actor is,
// not what is asked, promised or done (the table skips such words too,
// inName), so the pattern's code gives way to the verb's own code and the
// table. The name's head noun is what the actor is, and a pattern may be
// written for it: "took the United States to the International Court of
// Justice" is "- * + TO COURT [115]" rightly. Placing
// prepositions are not words of the pattern's own (bare).
func (s *sent) readsOnlyNames(p *dict.Pattern, from, to int) bool {
	pos, found := from, 0
	for _, tok := range p.Lower {
		if tok.Kind == dict.TSynset {
			return false
		}
		if tok.Kind != dict.TWord || placePreposition(tok.Word) {
			continue
		}
		i := pos
		for i <= to && i < len(s.words) && s.words[i] != tok.Word {
			i++
		}
		if i > to || i >= len(s.words) || !s.inName(i) || s.nameHead(i) {
			return false
		}
		found++
		pos = i + 1
	}
	return found > 0
}

// nameHead reports whether leaf i, a word of a named actor, is the head
// noun of the name: the word before its first OF ("International Court of
// Justice"), else its last word ("Rapid Support Forces"). In a person
// coded by a title before the name (an agent or the title rule's sector),
// the title word says what the actor is, as a head noun does: "summoned
// Russian Ambassador Anatoly Antonov" reads AMBASSADOR as "summoned the
// Russian ambassador" does; with the name's last word taken for its head,
// the summons fell back to SUMMON's 040.
func (s *sent) nameHead(i int) bool {
	for _, a := range s.nes[s.ne[i]].codes {
		if !a.hasActor || i < a.first || i > a.last {
			continue
		}
		if (len(a.agents) > 0 || a.role != nil && a.role.Sector != "") && i < a.last && actor.SectorWord(s.leaves[i].Word) {
			return true
		}
		head := a.last
		for k := a.first + 1; k <= a.last; k++ {
			if s.words[k] == "OF" {
				head = k - 1
				break
			}
		}
		return i == head
	}
	return false
}

// moneyFor reads what a sum of money is for. A pattern that read a sum
// (&CURRENCY: "pledged 500 million dollars", "appealed for 2 billion
// dollars") gives economic aid (0231, 0331, 071, 1031 …), the money being
// all it saw; when the verb's phrase then names the aid's kind, "2 billion
// dollars in humanitarian aid", "… for weapons", that kind's code of the
// same level and family (0233, 0332 …) is the event's (023, 033, 070 and
// 103 describe aid of each kind alike). The first subject of the phrase
// that has a code there decides; economic aid named keeps the code.
func (s *sent) moneyFor(code string, p *dict.Pattern, from int) string {
	if len(code) < 3 || !isCode(code, 3) || !readsMoney(p) {
		return code
	}
	parent := residualOf(code)
	if len(code) == 4 {
		parent = code[:3]
	}
	to := s.lowEnd(from - 1)
	t := subcodes()
	for _, c := range s.cues(t, from, to, true) {
		for _, k := range c.subj {
			if t.subj[k].actorNext {
				continue
			}
			if d := t.refine(parent, k); d != "" {
				if len(d) == len(code) && d[:len(d)-1] == code[:len(code)-1] {
					return d
				}
				return code
			}
		}
	}
	return code
}

// readsMoney reports whether pattern p reads a sum of money (&CURRENCY).
func readsMoney(p *dict.Pattern) bool {
	if p == nil {
		return false
	}
	for _, tok := range p.Lower {
		if tok.Kind == dict.TSynset && tok.Word == "&CURRENCY" {
			return true
		}
	}
	return false
}

// weaponMeans gives a fight a pattern coded by a generic weapon the code of
// the weapon the sentence names. &WEAPON holds guns, rockets, missiles,
// howitzers and attack helicopters alike, and its patterns give one code
// (BATTLE's "- &WEAPON * [193:193]"); "forces used HIMARS rocket launchers to
// strike a depot" is 194 ("Attack using artillery, tanks, and rocket
// fire"), not small arms. The means is read as for the residual codes
// (means, with any code of root 19 allowed).
func (s *sent) weaponMeans(code string, p *dict.Pattern, from int) string {
	if (code != "193" && code != "194" && code != "195") || !readsSynset(p, "&WEAPON") {
		return code
	}
	if d := s.meansOf(code, from, s.lowEnd(from-1), true); d != "" && d[:2] == "19" {
		return d
	}
	// The weapon the pattern read before the verb, outside the verb's
	// subject ("used rocket launchers to strike"): the table at its words.
	t := subcodes()
	for j := from - 2; j >= 0 && j >= from-12; j-- {
		for _, ph := range s.c.syn["&WEAPON"] {
			if len(ph) == 0 || j+len(ph) > len(s.words) || !slices.Equal(s.words[j:j+len(ph)], ph) {
				continue
			}
			for k := max(j-1, 0); k <= j; k++ {
				c, n := t.match(s.words, s.tags, k, j+len(ph)-1)
				if n == 0 {
					continue
				}
				for _, sk := range c.subj {
					if t.subj[sk].means {
						for _, d := range t.subj[sk].codes {
							if d[:2] == "19" {
								return d
							}
						}
					}
				}
			}
			return code
		}
	}
	return code
}

// readsSynset reports whether pattern p reads synset name, on either side.
func readsSynset(p *dict.Pattern, name string) bool {
	for _, ts := range [2][]dict.Tok{p.Lower, p.Upper} {
		for _, tok := range ts {
			if tok.Kind == dict.TSynset && tok.Word == name {
				return true
			}
		}
	}
	return false
}

// residuals are the roots' residual codes, "010" to "200".
var residuals = [21]string{"", "010", "020", "030", "040", "050", "060", "070", "080", "090",
	"100", "110", "120", "130", "140", "150", "160", "170", "180", "190", "200"}

// residualOf returns the residual code of code's root ("0256" → "020"), or
// "" for a code that is no CAMEO code. A table, not a concatenation: it
// runs for every coded verb.
func residualOf(code string) string {
	if len(code) < 2 || code[0] < '0' || code[0] > '2' || code[1] < '0' || code[1] > '9' {
		return ""
	}
	if r := int(code[0]-'0')*10 + int(code[1]-'0'); r < len(residuals) {
		return residuals[r]
	}
	return ""
}
