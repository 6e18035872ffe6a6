package coder

import "github.com/dyadproject/dyad"

// noEvidence drops what a clause after "no evidence", "no sign", "no
// indication" or "no proof" names: "said there was no evidence that the
// missile had been fired by Russia" reports that no such act is known. The
// clause's own events go, as a denial's do (denied), and so does an event
// of another verb whose target was read from the clause: the statement is
// not addressed to, nor about an act of, the actor it names.
func (s *sent) noEvidence(evs []dyad.Event, says []said, at []int) ([]dyad.Event, []said, []int) {
	for p := range s.nodes {
		n := s.nodes[p]
		if !isLabel(n.Label, "SBAR") || len(n.Children) == 0 {
			continue
		}
		if f := n.Children[0]; !f.IsLeaf() || s.words[s.spans[p].first] != "THAT" {
			continue
		}
		first, last := s.spans[p].first, s.spans[p].last
		if first < 2 || !evidenceNoun(s.words[first-1]) || (s.words[first-2] != "NO" && (first < 3 || s.words[first-3] != "NO")) {
			continue
		}
		evs, says, at = s.without(evs, says, at, first, last)
		for j := 0; j < len(evs); j++ {
			if t := s.leafAt(evs[j].Target.Span.Start); t >= first && t <= last {
				v := at[2*j]
				evs, says, at = s.without(evs, says, at, v, v)
				j = -1
			}
		}
	}
	return evs, says, at
}

// evidenceNoun reports whether an upper-cased noun names evidence of an act.
func evidenceNoun(w string) bool {
	switch w {
	case "EVIDENCE", "SIGN", "SIGNS", "INDICATION", "INDICATIONS", "PROOF", "SUGGESTION":
		return true
	}
	return false
}
