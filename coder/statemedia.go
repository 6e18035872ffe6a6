package coder

import "github.com/dyadproject/dyad/dict"

// stateMediaWords, before a media noun in one phrase, make the outlet the
// government's: "an official Syrian newspaper", "Iran's official IRNA news
// agency", "the state-run IRNA news agency". Phoenix codes the set phrases
// OFFICIAL_NEWS_AGENCY and STATE_MEDIA ~GOVMED; a name or a nationality
// between the modifier and the noun hid them.
var stateMediaWords = map[string]bool{
	"OFFICIAL": true, "STATE-RUN": true, "STATE-OWNED": true, "STATE-CONTROLLED": true,
	"GOVERNMENT-RUN": true, "GOVERNMENT-OWNED": true, "GOVERNMENT-CONTROLLED": true,
}

// govMedAgent is the role of a government's media (CAMEO GOV with the MED
// sector, as Phoenix's STATE_MEDIA).
var govMedAgent = &dict.Agent{Code: "GOVMED", Phrase: "OFFICIAL (media)"}

// stateMedia replaces a phrase's one MED agent by GOVMED when a state-media
// modifier stands in the phrase before the last word: words a..b.
func (s *sent) stateMedia(a, b int, agents []*dict.Agent) []*dict.Agent {
	if len(agents) != 1 || agents[0].Code != "MED" || agents[0].Before {
		return agents
	}
	for j := a; j < b; j++ {
		if stateMediaWords[s.words[j]] {
			return []*dict.Agent{govMedAgent}
		}
	}
	return agents
}
