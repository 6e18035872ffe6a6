package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// visitingGuests adds the visit and its hosting that "visiting" names when
// a state's actor acts on the visitor: "Jordan's King Abdullah told
// visiting German Chancellor Olaf Scholz ...", "Tsai Ing-wen conferred the
// Order of Propitious Clouds on visiting U.S. House Speaker Nancy Pelosi"
// are also the visitor's 042 to the host's state and the host's 043 to the
// visitor: the host is named, so the hosting is reported (the sets'
// convention for 043). A meeting or talks with the visitor (04x) take
// precedence over the visit and add nothing, nor does a refusal (12x:
// "refused to meet Jordan's visiting King Abdullah").
func (s *sent) visitingGuests(evs []dyad.Event) []dyad.Event {
	n := len(evs)
	for i := 0; i < n; i++ {
		e := evs[i]
		c := string(e.Code)
		if strings.HasPrefix(c, "04") || strings.HasPrefix(c, "12") || !s.visitingBefore(e.Target.Span.Start) {
			continue
		}
		host := stateOf(e.Source.Code)
		if host == "" || host == stateOf(e.Target.Code) || stateOf(e.Target.Code) == "" {
			continue
		}
		v := e
		v.Code, v.Source, v.Target = "042", e.Target, dyad.Actor{Code: host}
		h := e
		h.Code = "043"
		for _, a := range [2]dyad.Event{v, h} {
			if !hasEvent(evs, a.Source.Code, a.Target.Code, string(a.Code)) {
				evs = append(evs, a)
			}
		}
	}
	return evs
}

// visitingBefore reports whether the actor phrase starting at byte start
// is modified by "visiting": the word opens the phrase or stands right
// before it ("visiting German Chancellor Olaf Scholz").
func (s *sent) visitingBefore(start int) bool {
	if start == 0 {
		return false
	}
	i := s.leafAt(start)
	if i < 0 {
		return false
	}
	return s.words[i] == "VISITING" || i > 0 && s.words[i-1] == "VISITING"
}
