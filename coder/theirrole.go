package coder

import (
	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actor"
)

// theirRole returns the role code of an agent noun the participle at leaf i
// gives the parties with "their": "Erdogan said after hosting their
// leaders", "Borrell said after mediating talks between their leaders". The
// hosting and mediation rules (hosted.go) take the parties from the event
// before the participle, where they may be named as bare states ("Ethiopia
// and Somalia agreed"); the participle's phrase says which of their people
// were hosted, so the parties are those states' leaders (GOV), ministers
// (GOV) or generals (MIL), as actor.Sector reads the nouns after "their".
// It looks a few words past the participle, up to the end of its clause,
// and returns "" when no "their" plus a role noun is there.
func (s *sent) theirRole(i int) string {
	for j := i + 1; j < len(s.words) && j <= i+4; j++ {
		switch s.tags[j] {
		case ",", ".", ":", "CC", "VBD", "VBZ", "VBP":
			return ""
		}
		if s.words[j] != "THEIR" {
			continue
		}
		end := j + 1
		for end < len(s.words) && end <= j+3 && (s.tags[end] == "JJ" || s.tags[end] == "NN" || s.tags[end] == "NNS") {
			end++
		}
		return actor.Sector(s.words[j+1 : end])
	}
	return ""
}

// withRole gives each party named as a bare state the role role: the
// states' leaders when the participle hosted or mediated between "their
// leaders" (theirRole). Parties named with a role keep theirs.
func withRole(parties []dyad.Actor, role string) []dyad.Actor {
	if role == "" {
		return parties
	}
	out := make([]dyad.Actor, len(parties))
	for k, p := range parties {
		if len(p.Code) == 3 && isCountryCode(p.Code) {
			p.Code += role
		}
		out[k] = p
	}
	return out
}
