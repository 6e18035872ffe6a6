package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// crowdWords count a crowd of people in news copy: "thousands of Israelis",
// "tens of thousands of Cubans", "hundreds of Armenians".
var crowdWords = map[string]bool{
	"HUNDREDS": true, "THOUSANDS": true, "MILLIONS": true, "DOZENS": true, "SCORES": true,
}

// govRoles are a state's institutions a crowd of its own people protests
// against.
var govRoles = []string{"GOV", "LEG", "JUD"}

// crowdDissent gives the opposition role to a crowd of a country's people
// protesting against their own state: "Tens of thousands of Israelis
// rallied in Tel Aviv against the government's plan" is ISROPP>ISRGOV
// 1412, as "protesters" would be, where the demonym alone names the
// country (ISR>ISRGOV). A crowd that marches against its government acts
// as dissidents, not as the state; CAMEO's OPP is "opposition, dissidents"
// and the sets code such crowds so (README: "protesters OPP"). The source
// must be a bare country named by a plural after a crowd count ("thousands
// of", "hundreds of thousands of"), the event a protest (root 14), and its
// target that country's government, legislature or courts: a crowd
// protesting at a foreign embassy, or across a border, keeps its country.
func (s *sent) crowdDissent(evs []dyad.Event) []dyad.Event {
	if !s.c.opt.ImpliedTargets {
		return evs
	}
	for k := range evs {
		e := &evs[k]
		if len(e.Code) < 2 || e.Code[:2] != "14" || len(e.Source.Code) != 3 || !isCountryCode(e.Source.Code) ||
			stateOf(e.Target.Code) != e.Source.Code || !hasRole(e.Target.Code, govRoles) {
			continue
		}
		if !s.crowdOf(e.Source.Span) {
			continue
		}
		e.Source.Code += "OPP"
		e.Source.Entry += "; a crowd against its own state: OPP (coder/crowdopp.go)"
	}
	return evs
}

// crowdOf reports whether the mention at span sp is a plural counted as a
// crowd, within it ("Tens of thousands of Israelis" as one phrase) or just
// before it ("thousands of" + "Cubans": dissent.go's counted).
func (s *sent) crowdOf(sp dyad.Span) bool {
	first, last := s.leavesIn(sp)
	if first < 0 || !strings.HasPrefix(s.tags[last], "NN") || !strings.HasSuffix(s.words[last], "S") && !crowdNouns[s.words[last]] {
		return false // a plural: "Israelis" (tagged NNP or NNPS), "Catalans", "people"
	}
	return s.countedCrowd(first, last)
}

// countedCrowd reports whether the phrase of leaves first..last is counted
// as a crowd, within it ("Tens of thousands of Israelis", a crowd word
// before "of") or just before it ("thousands of" + "Cubans": counted).
// crowdOf and placecountry.go's peopleCrowd share it.
func (s *sent) countedCrowd(first, last int) bool {
	for i := first; i < last; i++ {
		if crowdWords[s.words[i]] && s.words[i+1] == "OF" {
			return true
		}
	}
	return s.counted(first)
}
