package coder

import (
	"strings"

	"github.com/dyadproject/dyad/dict"
)

// bodyInvestigator reports whether agent g adds a state's sector to a body
// that is no state: the bare INVESTIGATOR, whose COP is a state's police
// ("U.N. investigators" are that body, not its police), and any GOV agent
// ("The U.N. envoy for Haiti", "a U.N. official", "an Amnesty spokesman"
// are the body: an international or non-governmental organisation has no
// government of its own, and the sets code its officials as the body).
func bodyInvestigator(code string, g *dict.Agent) bool {
	if g.Code != "GOV" && (len(g.Words) != 1 || !sameNoun(g.Words[0], "INVESTIGATOR")) {
		return false
	}
	switch {
	case strings.HasPrefix(code, "IGO"), strings.HasPrefix(code, "NGO"), strings.HasPrefix(code, "IMG"):
		return true
	}
	return false
}
