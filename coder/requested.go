package coder

import "github.com/dyadproject/dyad"

// requestedArrests adds, to an arrest (173) or a seizure (171, 1711) made
// at another's request or on another's warrant, the judicial cooperation
// it is: 063 Engage in judicial cooperation, from the arresting state,
// by its bare country, to the one that asked. "Canadian authorities
// arrested Meng Wanzhou at the request of the United States" is
// CANGOV>CHNBUS 173 and CAN>USA 063; "police arrested Duterte on an
// International Criminal Court warrant" PHLCOP>PHLELI 173 and
// PHL>IGOJUDICC 063 (the news sets' convention since fresh14, "an arrest
// on an ICC warrant or at another state's request adds a 063", with its
// source the bare state since the sixth harmonisation, session thirteen:
// it is the state that cooperates, as in the codebook's 063 example and
// every extradition row). A requesting state is named by its bare country
// ("U.S. prosecutors" asked, the United States asked); a court or other
// international body keeps its own code. An arrest a state makes on its
// own warrant ("on a warrant from a Manila court") names no other party
// and gets nothing.
func (s *sent) requestedArrests(evs []dyad.Event) []dyad.Event {
	n := len(evs)
	for k := 0; k < n; k++ {
		e := evs[k]
		switch e.Code {
		case "173", "171", "1711":
		default:
			continue
		}
		v := s.leafAt(e.Verb.Start)
		if v < 0 {
			continue
		}
		m := s.requester(v + 1)
		if m < 0 || len(s.nes[m].codes) == 0 {
			continue
		}
		a := s.actor(&s.nes[m].codes[0])
		if st := stateOf(a.Code); st != "" {
			a.Code = st
		}
		own := stateOf(e.Source.Code)
		if a.Code == "" || a.Code == e.Source.Code || own != "" && a.Code == own || a.Code == e.Target.Code {
			continue
		}
		src := e.Source
		if own != "" {
			src.Code = own
		}
		if hasEvent(evs, src.Code, a.Code, "063") {
			continue
		}
		evs = append(evs, dyad.Event{
			Source:   src,
			Target:   a,
			Code:     "063",
			Verb:     e.Verb,
			VerbText: e.VerbText,
			Pattern:  "an arrest or seizure at another's request (coder/requested.go)",
		})
	}
	return evs
}

// requester returns the actor mention that asked for the act whose words
// start at leaf i: the actor after "request of" or "warrant from / issued
// by", the possessor before "'s request" or "'s warrant", or the actor
// between "on a(n)" and "warrant" ("on an ICC warrant"); -1 when none is
// named in the act's own clause: the clause above its verb (leaf i-1), not
// an adverbial clause inside it ("…, as Interpol issued a warrant from
// Paris for another suspect"), nor after a semicolon or a full stop.
func (s *sent) requester(i int) int {
	for j, last := i, s.clauseLast(i-1); j <= last; j++ {
		if s.inAdverbialClause(j, i-1) {
			continue
		}
		switch s.words[j] {
		case ";", ".":
			return -1
		case "REQUEST", "BEHEST":
			if j+1 < len(s.words) && (s.words[j+1] == "OF" || s.words[j+1] == "FROM") {
				return s.nextMention(j+2, j+5) // lookup.go
			}
			if m := s.possessorBefore(j); m >= 0 {
				return m
			}
		case "WARRANT", "WARRANTS":
			if j+1 < len(s.words) && (s.words[j+1] == "FROM" || s.words[j+1] == "BY") {
				return s.nextMention(j+2, j+5) // lookup.go
			}
			if j+2 < len(s.words) && s.words[j+1] == "ISSUED" && s.words[j+2] == "BY" {
				return s.nextMention(j+3, j+6)
			}
			if m := s.possessorBefore(j); m >= 0 {
				return m
			}
			// "on an International Criminal Court warrant": the actor
			// names the warrant's issuer as a modifier (its phrase may
			// take in the noun).
			if j > 0 {
				if m := s.ne[j-1]; m >= 0 && len(s.nes[m].codes) > 0 && s.nes[m].last >= j-1 &&
					(onWarrant(s.words[s.nes[m].first]) || s.nes[m].first > 0 && onWarrant(s.words[s.nes[m].first-1])) {
					return int(m)
				}
			}
		}
	}
	return -1
}

// onWarrant reports whether w is the article before an issuer named as a
// warrant's modifier ("on an ICC warrant", "on a U.S. warrant").
func onWarrant(w string) bool {
	return w == "A" || w == "AN" || w == "THE"
}

// possessorBefore returns the actor mention whose possessive ends right
// before leaf j ("Washington's request", "the court's warrant"), or -1.
func (s *sent) possessorBefore(j int) int {
	if j < 2 || s.tags[j-1] != "POS" {
		return -1
	}
	if m := s.ne[j-2]; m >= 0 && len(s.nes[m].codes) > 0 {
		return int(m)
	}
	return -1
}
