package coder

import "github.com/dyadproject/dyad"

// placeHosts drops the hosting (043) a visit gives back to its destination
// when the destination is named only as a capital: "Kishida visited New
// Delhi", "Xi arrived in Moscow for a state visit", "flew to Kyiv",
// "during a state visit to Jakarta" are a visit (042) to the country, but
// no host is named: the capital is where the visit went, not an actor
// hosting it (the written and fresh sets' convention: 043 only when the
// host is named or the hosting reported). The hosting stays when
//   - the country itself is visited ("visited Russia", the CAMEO manual's
//     042 example with its linked 043), or a host is the object ("visited
//     Putin in Moscow");
//   - the capital is the subject ("Moscow hosted ..."): only a 043 whose
//     capital follows the verb, paired with a 042 of the same verb, actors
//     swapped, is touched;
//   - the sentence names one actor of the capital's country with a role
//     ("travelled to Beijing ..., meeting Chinese leader Xi Jinping"): that
//     actor becomes the host (the 043 usage: meeting the counterpart in his
//     capital is hosting);
//   - the sentence reports a meeting, talks or a welcome (hostingWords):
//     the visit has a host, if one the dictionaries do not code ("visited
//     Tehran and met the supreme leader"). Without this clause the rule
//     lost a family-level match on the written set's held half.
//
// Capitals are those the document's reference resolver knows
// (coref.Resolver.Capital); without one nothing is dropped.
func (s *sent) placeHosts(evs []dyad.Event) []dyad.Event {
	evs = visitStates(evs) // visitstate.go
	if s.refs == nil || s.refs.Capital == nil {
		return evs
	}
	var drop []int
	for i, e := range evs {
		if e.Code != "043" || e.Source.Span.Start < e.Verb.End || !s.capitalOnly(e.Source) || !visitOf(evs, i) {
			continue
		}
		if h := s.govOf(e.Source.Code); h != nil {
			evs[i].Source = s.actor(h)
			continue
		}
		if s.hostingSaid() {
			continue
		}
		drop = append(drop, i)
	}
	for k := len(drop) - 1; k >= 0; k-- {
		evs = append(evs[:drop[k]], evs[drop[k]+1:]...)
	}
	return evs
}

// capitalOnly reports whether a names a capital and nothing else: a bare
// country code from a capital's name ("New Delhi" IND).
func (s *sent) capitalOnly(a dyad.Actor) bool {
	if len(a.Code) != 3 || a.Resolved != "" {
		return false
	}
	c, ok := s.refs.Capital(a.Text)
	return ok && c == a.Code
}

// visitOf reports whether evs holds the visit (042) that the hosting evs[i]
// reverses: the same verb, the actors swapped.
func visitOf(evs []dyad.Event, i int) bool {
	h := evs[i]
	for _, e := range evs {
		if e.Code == "042" && e.Verb == h.Verb && e.Source.Code == h.Target.Code && e.Target.Code == h.Source.Code {
			return true
		}
	}
	return false
}

// govOf returns the one actor with a role (a leader, a ministry, the
// army) of country the sentence names, in its coded clauses or in a
// comma clause the coder set aside ("visited Washington, where he met
// Biden"), or nil when it names none or several.
func (s *sent) govOf(country string) *acode {
	var h *acode
	for _, ms := range [2][]mention{s.nes, s.hidden} {
		for m := range ms {
			cs := ms[m].codes
			if len(cs) != 1 || len(cs[0].code) < 6 || cs[0].code[:3] != country {
				continue
			}
			if h != nil && h.code != cs[0].code {
				return nil
			}
			h = &ms[m].codes[0]
		}
	}
	return h
}

// hostingWords report a meeting or its hosting in the sentence: a visit
// with one ("flew to Tehran to meet the supreme leader", "arrived in Moscow
// for talks") has a host, even one the dictionaries do not code.
var hostingWords = map[string]bool{
	"MEET": true, "MEETS": true, "MET": true, "MEETING": true, "TALKS": true, "SUMMIT": true,
	"HOST": true, "HOSTS": true, "HOSTED": true, "WELCOMED": true, "RECEIVED": true, "GREETED": true,
}

// hostingSaid reports whether the sentence has a word of hostingWords.
func (s *sent) hostingSaid() bool {
	for _, w := range s.words {
		if hostingWords[w] {
			return true
		}
	}
	return false
}
