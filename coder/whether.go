package coder

import "github.com/dyadproject/dyad"

// optionsWeighed recodes the act of a "whether to" infinitive as the
// option it is: "South Korea is reviewing whether to supply weapons
// directly to Ukraine" is KOR>UKR 014 Consider policy option ("review,
// reflect upon, or study policy option"), not the supply (072); "Iran will
// decide whether to attend talks" is no meeting. The infinitive keeps its
// actors; only its code changes.
func (s *sent) optionsWeighed(evs []dyad.Event) []dyad.Event {
	for i := range evs {
		if v := s.leafAt(evs[i].Verb.Start); s.whetherTo(v) {
			evs[i].Code = "014"
		}
	}
	return evs
}

// whetherTo reports whether the verb at leaf v is the infinitive of
// "whether to" or "whether or not to".
func (s *sent) whetherTo(v int) bool {
	if v < 2 || s.words[v-1] != "TO" {
		return false
	}
	if s.words[v-2] == "WHETHER" {
		return true
	}
	return v >= 4 && s.words[v-2] == "NOT" && s.words[v-3] == "OR" && s.words[v-4] == "WHETHER"
}
