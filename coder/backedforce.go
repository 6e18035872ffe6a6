package coder

import (
	"github.com/dyadproject/dyad"
)

// backedForces gives an act of force done by a subject "backed by" or
// "supported by" another side's troops to those troops as well: "M23
// rebels backed by Rwandan troops entered Goma" is Rwanda's forces'
// incursion too, "government forces backed by African Union troops
// recaptured two towns" the AU troops' capture. The participle names a
// second member of the subject, fighting beside the first, that the
// verb's pattern never reads (the reduced relative is read as an aside).
//
// Only armed backing counts: the backer's phrase must end in a word for
// fighting men or machines (troops, forces, soldiers, jets, warplanes)
// before any comma or verb, so "rebels backed by Washington seized the
// town" stays one event — political or material backing is no part in
// the fight. Only acts of force (roots 18-20) are copied, only for the
// subject (the backed phrase must touch the event's source span), and the
// backer is neither the event's source nor its target. A state backer is
// its military.
func (s *sent) backedForces(evs []dyad.Event) []dyad.Event {
	n := len(evs)
	for k := 0; k < n; k++ {
		e := &evs[k]
		c := string(e.Code)
		if len(c) < 3 || e.Source.Span.End == 0 || c[:2] != "18" && c[:2] != "19" && c[:2] != "20" {
			continue
		}
		j := -1
		for t, l := range s.leaves {
			if l.End == e.Source.Span.End {
				j = t
				break
			}
		}
		if j < 0 || j+3 >= len(s.words) || !backingVerb[s.words[j+1]] || s.words[j+2] != "BY" {
			continue
		}
		noun := -1
		for t := j + 3; t < len(s.words) && t <= j+8 && s.leaves[t].Start < e.Verb.Start; t++ {
			if s.words[t] == "," || len(s.tags[t]) > 1 && s.tags[t][:2] == "VB" {
				break
			}
			if armedNoun[s.words[t]] {
				noun = t
			}
		}
		if noun < 0 {
			continue
		}
		m := s.actorBetween(j+3, noun)
		if m == nil || m.last > noun || len(m.codes) != 1 {
			continue
		}
		b := s.actor(&m.codes[0])
		if len(b.Code) == 3 && isCountryCode(b.Code) {
			b.Code += "MIL"
		}
		if b.Code == "" || b.Code == e.Source.Code || b.Code == e.Target.Code {
			continue
		}
		if sb := sideOf(b.Code); sb != "" && sb == sideOf(e.Target.Code) {
			continue
		}
		if hasEvent(evs, b.Code, e.Target.Code, c) {
			continue
		}
		ne := *e
		ne.Source = b
		ne.Pattern = "dyad: a subject's backing troops share its act of force (backedforce.go)"
		evs = append(evs, ne)
	}
	return evs
}

// backingVerb holds the participles that attach a fighting ally to a
// subject: "backed by", "supported by", "aided by", "assisted by".
var backingVerb = map[string]bool{"BACKED": true, "SUPPORTED": true, "AIDED": true, "ASSISTED": true}

// armedNoun holds the words that make a backer an armed force.
var armedNoun = map[string]bool{
	"TROOPS": true, "FORCES": true, "SOLDIERS": true, "JETS": true, "WARPLANES": true,
	"AIRCRAFT": true, "PARATROOPERS": true, "COMMANDOS": true, "MILITIAS": true,
	"FIGHTERS": true, "ARTILLERY": true, "GUNSHIPS": true, "DRONES": true,
}
