package coder

import "github.com/dyadproject/dyad"

// brokeredTruces adds the ceasefire (0871, both ways) between the two
// parties a truce noun names when a third party's verb brought it about
// that day: "Qatar and Egypt brokered a four-day truce between Israel and
// Hamas" and "Trump announced a ceasefire between Israel and Iran" are the
// mediators' 045 to each party and ISR<>PSEREBHMS, ISR<>IRN 0871, as the
// news sets code them (a ceasefire agreed the 0871 pair beside the
// mediation, testdata/news/README.md). The noun (truceWords, trucebreach.go)
// must be followed by "between X and Y", both named actors of two states,
// and be the object of a verb that coded the mediation (045) to exactly
// those two parties, so a truce only hailed, welcomed, called for or
// proposed gives nothing, nor one dated to an earlier day, nor one inside a
// quotation.
func (s *sent) brokeredTruces(evs []dyad.Event) []dyad.Event {
	n := len(evs)
	for i := 1; i+2 < len(s.words); i++ {
		if s.del[i] || !truceWords[s.words[i]] || s.words[i+1] != "BETWEEN" || !nounTag(s.tags[i]) {
			continue
		}
		cs := s.fromList(i + 2)
		if len(cs) != 2 || !cs[0].hasActor || !cs[1].hasActor {
			continue
		}
		a, b := s.actor(&cs[0]), s.actor(&cs[1])
		if sameCountry(a.Code, b.Code) || s.earlierDay(i+2) || s.inQuote(i) || !s.mediatedTo(evs[:n], i, a, b) {
			continue
		}
		evs = s.bothWays(evs, a, b, truceCode, i, "dyad: a truce between two parties a third brought about (brokeredtruce.go)")
	}
	return evs
}

// mediatedTo reports whether one verb before the truce noun at leaf i, with
// no comma between, coded the mediation (045) to both a and b.
func (s *sent) mediatedTo(evs []dyad.Event, i int, a, b dyad.Actor) bool {
	for k := range evs {
		if evs[k].Code != "045" || evs[k].Target.Code != a.Code {
			continue
		}
		v := s.leafAt(evs[k].Verb.Start)
		if v < 0 || v >= i || s.commaBetween(v, i) {
			continue
		}
		for m := range evs {
			if evs[m].Code == "045" && evs[m].Target.Code == b.Code && evs[m].Source.Code == evs[k].Source.Code && s.leafAt(evs[m].Verb.Start) == v {
				return true
			}
		}
	}
	return false
}

// commaBetween reports whether a comma stands between leaves a and b.
func (s *sent) commaBetween(a, b int) bool {
	for j := a + 1; j < b; j++ {
		if s.tags[j] == "," {
			return true
		}
	}
	return false
}
