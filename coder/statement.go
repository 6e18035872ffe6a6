package coder

import (
	"strings"

	"github.com/dyadproject/dyad/dict"
)

// placeOfStatement reports whether actor phrase e, said as a place ("in
// Algiers"), would be the default target of a bare statement (a reporting
// verb's own 01x code, no pattern). A statement is addressed to someone; the
// place a reported act happens in is not its addressee: in "Gbagbo announced
// that he will extend the curfew in Algiers" Algiers is where the curfew is.
func (s *sent) placeOfStatement(pat *dict.Pattern, code string, e int) bool {
	return pat == nil && strings.HasPrefix(code, "01") && s.isPlace(s.nes[e].first)
}
