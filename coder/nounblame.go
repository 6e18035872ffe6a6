package coder

import "github.com/dyadproject/dyad"

// blameWords name the author of an attack by an accusation: "..., blaming
// the Pakistani Taliban", "and the opposition blamed government
// warplanes".
var blameWords = map[string]bool{"BLAMING": true, "BLAMED": true, "BLAMES": true}

// blamedAuthors gives an attack whose author the sentence names only by
// blaming him the accused as its source: "At least seven soldiers were
// killed when militants attacked a security checkpoint in North
// Waziristan, the military said, blaming the Pakistani Taliban" is
// PAKREB>PAKMIL 190, not the place's PAK (the news sets' convention: an
// attack whose author is named only by an accusation is coded with the
// accused as source). Only an attack (roots 18 to 20) whose source is a
// bare state, the place standing for an unknown author, and only when one
// named actor is blamed, right after the blame verb; the accused must not
// be the attack's target.
func (s *sent) blamedAuthors(evs []dyad.Event) []dyad.Event {
	var accused *acode
	for i := 1; i+1 < len(s.leaves); i++ {
		if !blameWords[s.words[i]] || !(s.tags[i] == "VBG" || s.tags[i] == "VBD" || s.tags[i] == "VBZ") {
			continue
		}
		a, _ := s.namedEnd(i + 1)
		if a == nil || accused != nil && codeOf(accused) != codeOf(a) {
			return evs
		}
		accused = a
	}
	if accused == nil {
		return evs
	}
	var out []dyad.Event
	for k, e := range evs {
		if !force(e.Code.Root()) || len(e.Source.Code) != 3 || e.Target.Code == codeOf(accused) || !sameCountry(e.Source.Code, e.Target.Code) {
			continue
		}
		if out == nil {
			out = append([]dyad.Event(nil), evs...)
		}
		out[k].Source = s.actor(accused)
		out[k].Pattern += "; dyad: the author named by blame (nounblame.go)"
	}
	if out == nil {
		return evs
	}
	return out
}
