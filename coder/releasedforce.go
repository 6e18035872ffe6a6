package coder

import "github.com/dyadproject/dyad"

// releasedForces codes a foreign state's soldiers or fighters set free as
// their country: "Azerbaijan freed 32 Armenian soldiers" is AZE>ARM 0841,
// not AZE>ARMMIL, as the sets code every release of people in captivity —
// a prisoner swap is 0841 both ways, the prisoners taking their country
// (testdata/news/README.md: fresh2, fresh13, fresh22; fresh38's released
// soldiers, fighters and remains, av-086, av-189). Captive soldiers act for
// no army; the release is between the captor and their state. Only a
// release (0841) whose target is the bare country with the military or
// armed-group agent of a noun ("Ukrainian fighters", "Russian servicemen"),
// of a country other than the releaser's, is recoded: rebels freeing their
// own country's soldiers ("ELN rebels freed four soldiers", COLREB>COLMIL)
// keep the agent. It runs before swaps, so the mirrored release of a swap
// starts from the country too.
func (s *sent) releasedForces(evs []dyad.Event) []dyad.Event {
	for k := range evs {
		e := &evs[k]
		if e.Code != "0841" || len(e.Target.Code) != 6 || len(e.Source.Code) < 3 {
			continue
		}
		if ag := e.Target.Code[3:]; ag != "MIL" && ag != "UAF" {
			continue
		}
		c := e.Target.Code[:3]
		if !isCountryCode(c) || !isCountryCode(e.Source.Code[:3]) || sameCountry(e.Source.Code, c) {
			continue
		}
		t := s.leafAt(e.Target.Span.Start)
		if t < 0 || s.ne[t] < 0 {
			continue
		}
		cs := s.nes[s.ne[t]].codes
		if len(cs) != 1 || cs[0].actor == nil || cs[0].base != c || len(cs[0].agents) == 0 {
			continue
		}
		e.Target.Code = c
	}
	return evs
}
