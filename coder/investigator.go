package coder

import (
	"strings"

	"github.com/dyadproject/dyad/dict"
)

// bodyInvestigator reports whether agent g is the bare INVESTIGATOR, whose
// COP is a state's police: an international or non-governmental body's
// investigators ("U.N. investigators") are that body, not its police.
func bodyInvestigator(code string, g *dict.Agent) bool {
	if len(g.Words) != 1 || !sameNoun(g.Words[0], "INVESTIGATOR") {
		return false
	}
	switch {
	case strings.HasPrefix(code, "IGO"), strings.HasPrefix(code, "NGO"), strings.HasPrefix(code, "IMG"):
		return true
	}
	return false
}
