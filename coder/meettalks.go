package coder

import "github.com/dyadproject/dyad"

// meetingTalks moves a meeting (040 Consult, 044 Meet at a third location)
// to 046 Engage in negotiation when the sentence calls the encounter talks:
// "Xi and Abe met on Monday, their first talks in two years" and "held
// their first formal talks on the sidelines of the summit". The codebook's
// 046 usage note treats "holding talks" as negotiation, and the news sets
// code a meeting the sentence names as talks 046 with no meeting row beside
// it (testdata/news/README.md: talks take precedence over the visit and the
// meeting). Only the noun counts ("talks" tagged NNS), not "talks" as a
// verb; the verb's own code is left when it already is another consult.
func (s *sent) meetingTalks(evs []dyad.Event) []dyad.Event {
	if !s.namesTalks() {
		return evs
	}
	for k := range evs {
		if c := evs[k].Code; c == "040" || c == "044" {
			evs[k].Code = "046"
		}
	}
	return evs
}

// namesTalks reports whether the sentence has "talks" as a noun.
func (s *sent) namesTalks() bool {
	for i, w := range s.words {
		if w == "TALKS" && s.tags[i] == "NNS" {
			return true
		}
	}
	return false
}
