package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// bombHeads are the nouns that name an explosive attack as the subject of
// its clause: the device, its blast, or the bomber.
var bombHeads = map[string]bool{
	"BOMB": true, "BOMBS": true, "BOMBER": true, "BOMBERS": true, "BOMBING": true, "BOMBINGS": true,
	"CAR-BOMB": true, "BLAST": true, "BLASTS": true, "EXPLOSION": true, "EXPLOSIONS": true,
	"EXPLOSIVES": true, "IED": true,
}

// bombVerbs are what a bomb does in news copy: it explodes, goes off, tears
// or rips through a place, strikes or rocks it, kills or wounds people.
var bombVerbs = map[string]bool{
	"EXPLODED": true, "EXPLODES": true, "EXPLODE": true, "WENT": true, "GOES": true,
	"TORE": true, "TEARS": true, "RIPPED": true, "RIPS": true, "STRUCK": true, "STRIKES": true,
	"HIT": true, "HITS": true, "ROCKED": true, "ROCKS": true, "KILLED": true, "KILLS": true,
	"WOUNDED": true, "INJURED": true, "DETONATED": true, "BLEW": true,
}

// unclaimedBombings adds the bombing (183) of a sentence whose subject is a
// bomb, a blast or a bomber of no named group, set in one country: "A bomb
// exploded at a crowded market in the northeastern city of Maiduguri,
// killing at least 10 people" is NGA > NGACVL 183. CAMEO codes the event
// whoever set the bomb; with no perpetrator named, the place stands for the
// source (the convention of the news sets), and the victims are the people
// of the place the sentence names — soldiers or police when it says so,
// civilians otherwise. A suicide bomber gives 1831, a car or truck bomb
// 1832, a roadside bomb 1833. Nothing is added when the sentence already
// has an event of roots 18 to 20, names a claim of responsibility, or puts
// its places in two countries.
//
// The source is implied, so the rule runs with ImpliedTargets only (news,
// not PETRARCH's records).
func (s *sent) unclaimedBombings(evs []dyad.Event) []dyad.Event {
	if !s.c.opt.ImpliedTargets {
		return evs
	}
	for k := range evs {
		if r := evs[k].Code; len(r) >= 2 && (r[:2] == "18" || r[:2] == "19" || r[:2] == "20") {
			return evs
		}
	}
	for _, w := range s.words {
		if w == "RESPONSIBILITY" {
			return evs
		}
	}
	for v := range s.leaves {
		if s.del[v] || !strings.HasPrefix(s.tags[v], "VB") || !bombVerbs[s.words[v]] {
			continue
		}
		if (s.words[v] == "WENT" || s.words[v] == "GOES") && (v+1 >= len(s.words) || s.words[v+1] != "OFF") {
			continue
		}
		head, code := s.bombSubject(v)
		if head < 0 {
			continue
		}
		place := s.placeMention()
		if place < 0 {
			return evs
		}
		src := s.nes[place].codes[0]
		tgt := s.bombVictims(src, head)
		return append(evs, dyad.Event{
			Source:   s.actor(&src),
			Target:   s.actor(&tgt),
			Code:     dyad.Code(code),
			Verb:     s.span(v, v),
			VerbText: s.text(v, v),
			Pattern:  "bombing with no perpetrator named, the place as source (coder/bombing.go)",
		})
	}
	return evs
}

// bombSubject returns the head leaf of the subject of the verb at leaf v
// when it names a bomb, a blast or a bomber and no actor, with the code its
// modifiers give; -1 otherwise.
func (s *sent) bombSubject(v int) (int, string) {
	cl := s.clauseAbove(v)
	if cl < 0 {
		return -1, ""
	}
	np := s.subjectNP(cl, -1)
	if np < 0 {
		return -1, ""
	}
	sp := s.spans[np]
	head := -1
	for i := sp.first; i <= sp.last && i < v; i++ {
		if m := s.ne[i]; m >= 0 && anyActor(s.nes[m].codes) {
			return -1, "" // "a Taliban suicide bomber": the perpetrator is named
		}
		t := s.tags[i]
		if t == "IN" || t == "," || t == "VBN" || t == "VBG" || t == "WDT" || t == "CC" {
			break
		}
		if strings.HasPrefix(t, "NN") {
			head = i
		}
	}
	if head < 0 || !bombHeads[s.words[head]] {
		return -1, ""
	}
	code := "183"
	for i := sp.first; i < head; i++ {
		switch s.words[i] {
		case "SUICIDE":
			code = "1831"
		case "CAR", "TRUCK", "VEHICLE":
			if code == "183" {
				code = "1832"
			}
		case "ROADSIDE":
			if code == "183" {
				code = "1833"
			}
		}
	}
	if s.words[head] == "CAR-BOMB" {
		code = "1832"
	}
	return head, code
}

// placeMention returns the first mention naming the sentence's one place
// country (see placeCountry), or -1.
func (s *sent) placeMention() int {
	country := s.placeCountry()
	if country == "" {
		return -1
	}
	for m := range s.nes {
		cs := s.nes[m].codes
		if len(cs) == 1 && bareCountry(cs[0]) && cs[0].base == country && s.locative(s.nes[m].first) {
			return m
		}
	}
	return -1
}

// harmVerbs are the verbs that name a bombing's victims as their object.
var harmVerbs = map[string]bool{
	"KILLED": true, "KILLING": true, "KILLS": true, "WOUNDED": true, "WOUNDING": true,
	"WOUNDS": true, "INJURED": true, "INJURING": true, "INJURES": true,
}

// bombVictims returns the target of a bombing at place src: the people a
// verb of harm names, as its object after the bomb's head ("killing three
// Afghan soldiers") or as the subject of its passive ("Five soldiers were
// killed when a bomb exploded"), with the place's country when they name
// none ("wounding five policemen" in Baghdad is IRQCOP); else the place's
// civilians ("killing at least 10 people").
func (s *sent) bombVictims(src acode, head int) acode {
	for j := range s.words {
		if !harmVerbs[s.words[j]] {
			continue
		}
		lo, hi, first := j+1, j+5, true // the object, up to a comma
		if j > 0 && (s.words[j-1] == "WERE" || s.words[j-1] == "WAS" || s.words[j-1] == "BEEN") {
			lo, hi, first = j-8, j-2, false // the passive's subject
		} else if j <= head {
			continue
		}
		for k := lo; k <= hi && k < len(s.words); k++ {
			if k > j && s.tags[k] == "," {
				hi = k - 1
			}
		}
		if c, ok := s.victimIn(src, lo, hi, first); ok {
			return c
		}
	}
	return *impliedActor(src.base+"CVL", src.base, &src, "the bombing's victims")
}

// victimIn returns the people named by the mention ending in leaves lo..hi
// (the first one after an active verb, the last before a passive) when it
// names a role: the mention's own code when it names an actor, else its
// roles in the place's country. People of no role (Phoenix's PPL, "dozens
// of people") are left to the place's civilians.
func (s *sent) victimIn(src acode, lo, hi int, first bool) (acode, bool) {
	var out acode
	ok := false
	for m := range s.nes {
		if s.nes[m].last < lo || s.nes[m].last > hi {
			continue
		}
		ok = false
		for _, c := range s.nes[m].codes {
			switch {
			case len(c.agents) == 0 || c.agents[0].Code == "PPL":
			case c.hasActor:
				out, ok = c, true
			default:
				out, ok = s.withCountry(src, c), true
			}
		}
		if first {
			break
		}
	}
	return out, ok
}
