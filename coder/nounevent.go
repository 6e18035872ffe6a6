package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// nounEvent is what a noun that names an event codes: its CAMEO code, and
// whether the event is mutual ("fighting between X and Y" is each side's
// act on the other) rather than directed ("air strikes by X on Y").
type nounEvent struct {
	code   string
	mutual bool
}

// nounEvents is the table of event nouns the noun layer reads, each with
// the one code the codebook gives it. Directed nouns name their attacker
// by a modifier, a possessive or "by", their target by "on" or "against";
// mutual nouns name both sides by "between X and Y".
var nounEvents = map[string]nounEvent{
	"ATTACK": {"190", false}, "ATTACKS": {"190", false},
	"RAID": {"190", false}, "RAIDS": {"190", false},
	"OFFENSIVE": {"190", false}, "ASSAULT": {"190", false},
	"AIRSTRIKE": {"195", false}, "AIRSTRIKES": {"195", false},
	"AIR-STRIKE": {"195", false}, "AIR-STRIKES": {"195", false},
	"BOMBARDMENT": {"195", false}, "SHELLING": {"194", false},
	"SANCTIONS": {"163", false}, "EMBARGO": {"163", false},
	"FIGHTING": {"190", true}, "CLASHES": {"190", true},
}

// aerialMods turn a strike or an attack into the use of aerial weapons
// (195): "air strikes", "a drone attack", "missile strikes". A bare
// "strike" is no event noun: it is as often a labour strike.
var aerialMods = map[string]bool{
	"AIR": true, "DRONE": true, "MISSILE": true, "ROCKET": true, "AERIAL": true,
}

// harmedVerbs are the verbs whose victims were harmed "in" an attack: "At
// least 31 people were killed in U.S. air strikes on Sanaa".
var harmedVerbs = map[string]bool{
	"KILLED": true, "WOUNDED": true, "INJURED": true, "HURT": true, "DIED": true,
	"MURDERED": true, "SLAIN": true,
}

// outbreakVerbs say that mutual fighting began or went on: "Fighting
// erupted in Khartoum between Sudan's army and the Rapid Support Forces".
var outbreakVerbs = map[string]bool{
	"ERUPTED": true, "FLARED": true, "RAGED": true, "BROKE": true, "ERUPTS": true, "BREAKS": true,
}

// nounEvents adds the events a sentence names by a noun in the places where
// the noun reports an event that happened, not one planned, feared or
// debated: as the cause of the harm a verb reports ("were killed in an
// attack on a police patrol by Kosovo Albanians", "died in Israeli air
// strikes on Nabatieh"), as the subject, opening the sentence or a clause,
// of a harm verb ("Israeli air strikes on Gaza killed at least 30 people")
// sanctions or an embargo as the subject of "took effect", "came into
// force" ("New U.S. sanctions on Russia took effect on Friday"), and as the
// subject of an outbreak ("Clashes broke out between Israeli
// police and Palestinian protesters", "Fighting between the Syrian army and
// Turkish forces flared"). Elsewhere — a complement ("blamed Iran for
// attacks on tankers", "threatened sanctions"), a background clause ("after
// days of clashes between ...") or a hypothetical ("any attack on its
// territory") — the noun is not its own event and is left to the verb
// patterns.
//
// A directed noun needs both actors named: the attacker by a modifier or
// possessive before the noun ("U.S. air strikes", "Israel's attack") or
// "by" after it (before or after the target), the target by "on" or
// "against" ("of" after shelling and bombardment). A mutual noun gives the
// event both ways between the two sides "between X and Y". Nothing is added
// when the two actors are one, or when an event of the same root already
// joins them.
func (s *sent) nounEvents(evs []dyad.Event) []dyad.Event {
	for i := range s.leaves {
		ne, ok := nounEvents[s.words[i]]
		aerial := i > 0 && aerialMods[s.words[i-1]]
		if (s.words[i] == "STRIKE" || s.words[i] == "STRIKES") && aerial {
			ne, ok = nounEvent{"195", false}, true
		}
		if !ok || s.del[i] || !nounTag(s.tags[i]) {
			continue
		}
		code := ne.code
		if aerial {
			code = "195"
		}
		var src, tgt *acode
		if ne.mutual {
			if s.outbreakAfter(i) {
				src, tgt = s.betweenPair(i + 1)
			} else if i+1 < len(s.words) && s.words[i+1] == "BETWEEN" {
				// "Renewed fighting between Thai and Cambodian troops broke
				// out along the border"
				var end int
				src, tgt, end = s.pairFrom(i + 2)
				if !s.outbreakAfter(end - 1) {
					continue
				}
			} else {
				continue
			}
		} else {
			start := s.harmedIn(i)
			if ne.code == "163" {
				// sanctions harm no one "in": only in force as a subject
				start = -1
			}
			subj := start < 0
			if subj {
				start = s.subjectStart(i)
			}
			if start < 0 {
				continue
			}
			src = s.nounAgent(start, i)
			next := i + 1
			if src == nil && next+1 < len(s.words) && s.words[next] == "BY" {
				// "air strikes by Saudi-led forces on Sanaa"
				src, next = s.namedEnd(next + 1)
			}
			tgt, next = s.nounTarget(s.words[i], next)
			if src == nil && tgt != nil && next+1 < len(s.words) && s.words[next] == "BY" {
				src, next = s.namedEnd(next + 1)
			}
			if ne.code == "163" {
				// "New U.S. sanctions on Russia took effect on Friday"
				if !s.pairVerb(next, inForce) {
					continue
				}
			} else if subj && !s.harmVerbAfter(next) {
				continue
			}
		}
		if src == nil || tgt == nil || codeOf(src) == codeOf(tgt) || s.backgroundNoun(i, s.verbAfterNoun(i)) {
			continue
		}
		add := []dyad.Event{{Source: s.actor(src), Target: s.actor(tgt), Code: dyad.Code(code)}}
		if ne.mutual {
			add = append(add, dyad.Event{Source: s.actor(tgt), Target: s.actor(src), Code: dyad.Code(code)})
		}
		for _, e := range add {
			if hasEventUnder(evs, e.Source.Code, e.Target.Code, e.Code.Root()) {
				continue
			}
			e.Verb, e.VerbText, e.Pattern = s.span(i, i), s.text(i, i), "dyad: event named by a noun (nounevent.go)"
			evs = append(evs, e)
		}
	}
	return evs
}

// nounTag reports whether a tag can be an event noun's: a noun, or the
// gerund or proper noun the tagger gives a sentence's first word
// ("Fighting/VBG erupted", "Clashes/NNP broke out").
func nounTag(t string) bool {
	switch t {
	case "NN", "NNS", "NNP", "NNPS", "VBG":
		return true
	}
	return false
}

// verbAfterNoun returns the first finite verb after leaf i within twelve
// leaves, or i when there is none (for backgroundNoun's date check).
func (s *sent) verbAfterNoun(i int) int {
	for k := i + 1; k < len(s.words) && k <= i+12; k++ {
		if t := s.tags[k]; t == "VBD" || t == "VBZ" || t == "VBP" {
			return k
		}
	}
	return i
}

// harmedIn returns the first leaf after "in" when the noun at leaf i is the
// head of the object of "in" right after a harm verb ("were killed in U.S.
// air strikes"), at most five determiners, adjectives, nouns, names or
// possessives between; -1 otherwise.
func (s *sent) harmedIn(i int) int {
	for j, n := i-1, 0; j >= 1 && n <= 5; j, n = j-1, n+1 {
		if s.words[j] == "IN" {
			if harmedVerbs[s.words[j-1]] && (s.tags[j-1] == "VBN" || s.tags[j-1] == "VBD") {
				return j + 1
			}
			return -1
		}
		if !nounModifier(s.tags[j]) {
			return -1
		}
	}
	return -1
}

// nounModifier reports whether a tag can stand between an event noun and
// the word that opens its phrase: determiners, adjectives, nouns, names,
// possessives, numbers, hyphens and participles ("U.S.-led air strikes").
func nounModifier(t string) bool {
	switch t {
	case "DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "CD", "HYPH", "VBN":
		return true
	}
	return false
}

// subjectStart returns the first leaf of the noun phrase the event noun at
// leaf i heads when that phrase opens the sentence or a clause after a
// comma or dash ("Israeli air strikes on Gaza killed ..."), at most five
// modifiers before the noun; -1 otherwise.
func (s *sent) subjectStart(i int) int {
	for j, n := i-1, 0; n <= 5; j, n = j-1, n+1 {
		if j < 0 || s.tags[j] == "," || s.tags[j] == ":" {
			return j + 1
		}
		if !nounModifier(s.tags[j]) {
			return -1
		}
	}
	return -1
}

// harmVerbAfter reports whether a finite harm verb ("killed", "wounded")
// follows leaf k after at most a place phrase ("Turkish air strikes on
// Kurdish militants in northern Iraq killed 12 people").
func (s *sent) harmVerbAfter(k int) bool {
	for j := k; j < len(s.words) && j <= k+5; j++ {
		if subjectHarm[s.words[j]] && (s.tags[j] == "VBD" || s.tags[j] == "VBZ" || s.tags[j] == "VBP") {
			return true
		}
		switch s.tags[j] {
		case "IN", "DT", "JJ", "NN", "NNS", "NNP", "NNPS", "CD":
		default:
			return false
		}
	}
	return false
}

// subjectHarm are the verbs an attack does to its victims as their subject.
var subjectHarm = map[string]bool{
	"KILLED": true, "KILLS": true, "KILL": true, "WOUNDED": true, "WOUNDS": true, "INJURED": true,
	"INJURES": true, "DESTROYED": true, "DAMAGED": true, "HIT": true, "HITS": true, "STRUCK": true,
}

// nounAgent returns the one named actor among the modifiers of the event
// noun at leaf i, from leaf start: "U.S." in "U.S. air strikes", "Israel"
// in "Israel's attack". Two actors named there are no sure agent.
func (s *sent) nounAgent(start, i int) *acode {
	var out *acode
	for j := start; j < i; j++ {
		e := int(s.ne[j])
		if e < 0 {
			continue
		}
		cs := s.nes[e].codes
		if len(cs) != 1 || !anyNamed(cs) {
			return nil
		}
		if out != nil && out != &s.nes[e].codes[0] {
			return nil
		}
		out = &s.nes[e].codes[0]
		j = s.nes[e].last
	}
	return out
}

// ofTargets are the directed nouns whose "of" names the target: "the
// shelling of Donetsk", "the bombardment of Gaza" (an "attack of" is rare
// and "a raid of" is no target).
var ofTargets = map[string]bool{"SHELLING": true, "BOMBARDMENT": true}

// nounTarget returns the named actor after "on" or "against" at leaf k
// ("of" after the nouns of ofTargets) and the leaf after its mention.
func (s *sent) nounTarget(noun string, k int) (*acode, int) {
	if k >= len(s.words) {
		return nil, k
	}
	switch w := s.words[k]; {
	case w == "ON" || w == "AGAINST":
	case w == "OF" && ofTargets[noun]:
	default:
		return nil, k
	}
	a, next := s.namedEnd(k + 1)
	if a == nil {
		return nil, k
	}
	return a, next
}

// namedEnd returns the one named actor of the mention starting at leaf k, at
// most two determiners or adjectives before it, or nil, and the leaf after
// the actor's mention.
func (s *sent) namedEnd(k int) (*acode, int) {
	for n := 0; n <= 2 && k < len(s.leaves); n, k = n+1, k+1 {
		if e := int(s.ne[k]); e >= 0 {
			cs := s.nes[e].codes
			if len(cs) != 1 || !anyNamed(cs) {
				return nil, k
			}
			return &s.nes[e].codes[0], s.nes[e].last + 1
		}
		if t := s.tags[k]; t != "DT" && t != "JJ" {
			return nil, k
		}
	}
	return nil, k
}

// outbreakAfter reports whether the mutual noun at leaf i, or the last leaf
// of its "between" phrase, is followed by an outbreak verb ("fighting
// erupted", "clashes broke out"), "again" allowed between.
func (s *sent) outbreakAfter(i int) bool {
	k := i + 1
	if k < len(s.words) && s.words[k] == "AGAIN" {
		k++
	}
	if k >= len(s.words) || !outbreakVerbs[s.words[k]] || s.tags[k][:2] != "VB" {
		return false
	}
	if s.words[k] == "BROKE" || s.words[k] == "BREAKS" {
		return k+1 < len(s.words) && s.words[k+1] == "OUT"
	}
	return true
}

// betweenPair returns the two named actors of "between X and Y" in the
// clause from leaf k, before any comma, at most twelve leaves on.
func (s *sent) betweenPair(k int) (*acode, *acode) {
	for j := k; j < len(s.words) && j < k+12; j++ {
		if s.words[j] == "," || s.tags[j] == "," {
			return nil, nil
		}
		if s.words[j] == "BETWEEN" {
			a, b, _ := s.pairFrom(j + 1)
			return a, b
		}
	}
	return nil, nil
}

// pairFrom returns the two named actors of "X and Y" at leaf k ("between"
// just before) and the leaf after them, or nils.
func (s *sent) pairFrom(k int) (*acode, *acode, int) {
	if a, b, end := s.pairAt(k); a != nil {
		// "between Israeli police and Palestinian protesters": one
		// coordinated mention with a code for each side.
		return a, b, end
	}
	a, n := s.namedEnd(k)
	if a == nil || n >= len(s.words) || s.words[n] != "AND" {
		return nil, nil, k
	}
	b, end := s.namedEnd(n + 1)
	return a, b, end
}

// pairAt returns the two named actors of a coordinated mention starting at
// leaf k, at most two determiners or adjectives before it, or nils, and the
// leaf after the mention.
func (s *sent) pairAt(k int) (*acode, *acode, int) {
	for n := 0; n <= 2 && k < len(s.leaves); n, k = n+1, k+1 {
		if e := int(s.ne[k]); e >= 0 {
			cs := s.nes[e].codes
			if len(cs) != 2 || strings.HasPrefix(cs[0].code, nullCode) || strings.HasPrefix(cs[1].code, nullCode) {
				return nil, nil, k
			}
			return &cs[0], &cs[1], s.nes[e].last + 1
		}
		if t := s.tags[k]; t != "DT" && t != "JJ" {
			return nil, nil, k
		}
	}
	return nil, nil, k
}

// backgroundNoun reports whether the event noun at leaf i, whose verb is at
// leaf v, is background: its phrase opened by "since", "after", "before",
// "until" or "following" ("detained 2,000 people since rare protests
// against President Sisi erupted"), or its verb dated "last week / month /
// year" or "earlier" within four leaves.
func (s *sent) backgroundNoun(i, v int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		switch s.words[j] {
		case "SINCE", "AFTER", "BEFORE", "UNTIL", "FOLLOWING":
			return true
		}
		if t := s.tags[j]; t != "DT" && t != "JJ" && t != "NN" && t != "NNS" && t != "CD" {
			break
		}
	}
	for k := v + 1; k < len(s.words) && k <= v+4; k++ {
		switch s.words[k] {
		case "EARLIER":
			return true
		case "LAST":
			if k+1 < len(s.words) && (s.words[k+1] == "WEEK" || s.words[k+1] == "MONTH" || s.words[k+1] == "YEAR") {
				return true
			}
		}
	}
	return false
}
