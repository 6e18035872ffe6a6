package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// crowdProtesters gives the opposition role (OPP) to the source of a
// protest (14x) that is a crowd counted by a plural demonym: "Tens of
// thousands of Algerians marched", "Thousands of Cubans took to the
// streets". A crowd that demonstrates is protesters (the written and fresh
// adjudication: protesters OPP), not the state its nationality names.
// Without the count ("Palestinians protested") the bare country stays, as
// the CAMEO manual's examples code peoples.
func (s *sent) crowdProtesters(evs []dyad.Event) []dyad.Event {
	for k := range evs {
		e := &evs[k]
		if !strings.HasPrefix(string(e.Code), "14") || len(e.Source.Code) != 3 {
			continue
		}
		i := s.leafAt(e.Source.Span.Start)
		if i < 0 {
			continue
		}
		for j := i; j < len(s.leaves) && s.leaves[j].End <= e.Source.Span.End; j++ {
			if s.pluralDemonym(j) && s.counted(j) {
				e.Source.Code += "OPP"
				break
			}
		}
	}
	return evs
}
