package coder

import (
	"strings"

	"github.com/dyadproject/dyad/dict"
)

// bodyInvestigator reports whether agent g adds a state's sector to a body
// that is no state: a MIL agent on an intergovernmental body ("NATO troops",
// "A.U. soldiers" are the body, as the news sets code U.N. and A.U.
// contingents), the bare INVESTIGATOR, whose COP is a state's police
// ("U.N. investigators" are that body, not its police), and any GOV agent
// on an intergovernmental body ("The U.N. envoy for Haiti", "a U.N.
// official" are the U.N.: it has no government of its own, and the sets
// code its officials as the body), nor on a non-state armed group ("a Hamas
// delegation", "FARC negotiators", "the Houthi authorities" are the group:
// a GOV agent names a state's government, which the group is not). An NGO
// keeps a GOV agent, as the PETRARCH validation record AGENT-03 codes it
// (NGOARNGOV).
func bodyInvestigator(code string, g *dict.Agent) bool {
	if g.Code == "GOV" {
		return strings.HasPrefix(code, "IGO") || armed(code)
	}
	if g.Code == "MIL" && strings.HasPrefix(code, "IGO") {
		return true
	}
	if len(g.Words) != 1 || !sameNoun(g.Words[0], "INVESTIGATOR") {
		return false
	}
	switch {
	case strings.HasPrefix(code, "IGO"), strings.HasPrefix(code, "NGO"), strings.HasPrefix(code, "IMG"):
		return true
	}
	return false
}
