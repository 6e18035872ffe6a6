package coder

import "github.com/dyadproject/dyad"

// homeVisitCodes are the joint codes that, done in one party's country,
// make the other party's presence a visit: a meeting (040). Talks (046)
// take precedence over the visit they happen at, as the written set's
// adjudication codes them (testdata/news/README.md).
var homeVisitCodes = map[dyad.Code]bool{"040": true}

// homeVisits adds the visit and its hosting that a meeting in one party's
// country implies: "Blinken met Saudi Crown Prince Mohammed bin Salman in
// Riyadh" is also USAGOV>SAU 042 and SAUGOV>USAGOV 043 — the written set's
// adjudication counts meeting the counterpart in his capital as a visit
// (w-164), where arriving in a capital alone names no host. The place is
// meetingPlace's one country after a locative preposition (not the
// dateline); a meeting in a third country is hostVisits' (044).
func (s *sent) homeVisits(evs []dyad.Event) []dyad.Event {
	host := ""
	looked := false
	n := len(evs)
	for i := 0; i < n; i++ {
		e := evs[i]
		if !homeVisitCodes[e.Code] {
			continue
		}
		if !looked {
			host, looked = s.meetingPlace(), true
		}
		if host == "" {
			return evs
		}
		// e is one direction of the meeting: the target's country hosts.
		if !sameCountry(e.Target.Code, host) || sameCountry(e.Source.Code, host) {
			continue
		}
		dup := false
		for j := range evs {
			dup = dup || evs[j].Code == "042" && evs[j].Source.Code == e.Source.Code && sameCountry(evs[j].Target.Code, host)
		}
		if dup {
			continue
		}
		v, h := e, e
		v.Code, v.Target = "042", dyad.Actor{Code: host}
		h.Code, h.Source, h.Target = "043", e.Target, e.Source
		evs = append(evs, v, h)
	}
	return evs
}
