package coder

import "github.com/dyadproject/dyad"

// blameVerbs accuse in news copy's "each side accusing the other".
var blameVerbs = map[string]bool{
	"ACCUSE": true, "ACCUSES": true, "ACCUSED": true, "ACCUSING": true,
	"BLAME": true, "BLAMES": true, "BLAMED": true, "BLAMING": true,
}

// aggressionWords name a military act a mutual accusation is about when the
// sub-code table reads nothing in it: "blaming the other for opening fire",
// "accused the other of violating it with drone and artillery fire".
var aggressionWords = map[string]bool{
	"FIRE": true, "FIRING": true, "SHELLING": true, "ATTACK": true, "ATTACKS": true,
	"STRIKES": true, "VIOLATING": true, "VIOLATION": true, "VIOLATIONS": true,
}

// mutualBlame adds the accusation each side of a two-sided event makes of
// the other when the sentence says both blame: "Armenian and Azerbaijani
// forces clashed ..., with each side accusing the other of starting the
// shelling", "agreed to a ceasefire, but each accused the other of
// violating it". The verb's subject is "each (side)", which names no actor,
// so the verb codes nothing; the two sides are those of the sentence's
// first reciprocal pair of events, each as its state ("each side" speaks
// for the country: ARM>AZE for the forces' ARMMIL>AZEMIL). What they blame
// each other for gives the sub-code through the sub-code table; a fight,
// or fire, shelling or a violation named, is aggression (1123), anything
// else the bare accusation (112).
func (s *sent) mutualBlame(evs []dyad.Event) []dyad.Event {
	v := s.eachBlamesOther()
	if v < 0 {
		return evs
	}
	for i := range evs {
		for j := i + 1; j < len(evs); j++ {
			a, b := &evs[i], &evs[j]
			if a.Code != b.Code || a.Source.Code != b.Target.Code || a.Target.Code != b.Source.Code {
				continue
			}
			return s.blameBothWays(evs, v, a)
		}
	}
	return evs
}

// blameBothWays appends the two accusations between the sides of pair
// event e, for the blame verb at leaf v, unless one is coded already.
func (s *sent) blameBothWays(evs []dyad.Event, v int, e *dyad.Event) []dyad.Event {
	src, tgt := e.Source, e.Target
	if c := stateOf(src.Code); c != "" {
		src.Code = c
	}
	if c := stateOf(tgt.Code); c != "" {
		tgt.Code = c
	}
	if src.Code == tgt.Code {
		return evs
	}
	for k := range evs {
		if len(evs[k].Code) >= 2 && evs[k].Code[:2] == "11" && sameCountry(evs[k].Source.Code, src.Code) != sameCountry(evs[k].Source.Code, tgt.Code) {
			return evs // an accusation of one side is coded: the verb's own
		}
	}
	code := "112"
	if s.c.opt.SubCodes {
		code = s.subcode(code, v+1, len(s.words)-1, "")
	}
	if code == "112" {
		fight := len(e.Code) >= 2 && e.Code[:2] >= "18" && e.Code[:2] <= "20"
		for i := v + 1; i < len(s.words) && !fight; i++ {
			fight = aggressionWords[s.words[i]]
		}
		if fight {
			code = "1123"
		}
	}
	for _, p := range [2][2]dyad.Actor{{src, tgt}, {tgt, src}} {
		evs = append(evs, dyad.Event{
			Source:   p[0],
			Target:   p[1],
			Code:     dyad.Code(code),
			Verb:     s.span(v, v),
			VerbText: s.text(v, v),
			Pattern:  "each side blaming the other (coder/mutualblame.go)",
		})
	}
	return evs
}

// eachBlamesOther returns the leaf of the blame verb of "each (side)
// accusing / blaming the other" or "accusing each other / one another", or
// -1.
func (s *sent) eachBlamesOther() int {
	w := s.words
	for v := range w {
		if !blameVerbs[w[v]] || v+2 >= len(w) {
			continue
		}
		if (w[v+1] == "EACH" && w[v+2] == "OTHER") || (w[v+1] == "ONE" && w[v+2] == "ANOTHER") {
			return v
		}
		if w[v+1] != "THE" || w[v+2] != "OTHER" {
			continue
		}
		for k := v - 1; k >= 0 && k >= v-3; k-- {
			if w[k] == "EACH" {
				return v // "each accused the other", "each side blaming the other"
			}
		}
	}
	return -1
}
