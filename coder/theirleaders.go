package coder

import "github.com/dyadproject/dyad"

// Their leaders. "Erdogan said after hosting their leaders", "Borrell said
// after mediating talks between their leaders": a hosting or a mediation
// named beside the parties' act (hosted.go) takes its parties from that
// act, where they are named as states ("Ethiopia and Somalia agreed"),
// but the participle's object says who was received: the parties'
// leaders, ministers or governments, which the sets code GOV
// (testdata/news/README.md: a state's leaders are its government). So
// when the participle's object, within a few words, is "their" with such
// a noun, a party named by its country alone takes GOV.

// leaderNouns are the plural nouns after "their" that name the parties'
// governments.
var leaderNouns = map[string]bool{
	"LEADERS": true, "PRESIDENTS": true, "MINISTERS": true, "GOVERNMENTS": true,
	"DELEGATIONS": true, "PREMIERS": true, "NEGOTIATORS": true, "ENVOYS": true,
}

// theirLeadersAfter reports whether "their" with a leader noun follows the
// participle at leaf i within four words, with no comma or clause break
// before it.
func (s *sent) theirLeadersAfter(i int) bool {
	for j := i + 1; j < len(s.words) && j <= i+4; j++ {
		switch s.words[j] {
		case ",", ";", ":", ".":
			return false
		case "THEIR":
			k := j + 1
			for k < len(s.words) && k < j+3 && (s.tags[k] == "JJ" || s.tags[k] == "NN") {
				k++ // "their foreign ministers", "their defence ministers"
			}
			return k < len(s.words) && leaderNouns[s.words[k]]
		}
	}
	return false
}

// asGovernments gives each party named by its country alone the GOV of
// that country.
func asGovernments(parties []dyad.Actor) []dyad.Actor {
	out := make([]dyad.Actor, len(parties))
	for k, p := range parties {
		if len(p.Code) == 3 && isCountryCode(p.Code) {
			p.Code += "GOV"
		}
		out[k] = p
	}
	return out
}
