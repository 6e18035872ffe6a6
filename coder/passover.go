package coder

import "github.com/dyadproject/dyad/dict"

// passedOver reports whether the default target search (the first actor
// phrase after the verb, when no pattern gave a target) passes over actor
// phrase e for an event of the given code and pattern done by source src:
// phrases that name where something was said or done, or who says it, or
// the source's own body, rather than whom the event is aimed at. Each test
// is documented where it is defined.
func (s *sent) passedOver(pat *dict.Pattern, code string, e, src, vi int) bool {
	return s.placeOfStatement(pat, code, e) || // statement.go
		s.subjectOfStatement(pat, code, e) || // statement.go
		s.homeOfMeeting(pat, code, e, src) || // statement.go
		s.ownBody(e, src) || // own.go
		s.placeForCompound(e, src, code) || // compound.go
		s.inAdverbialClause(s.nes[e].first, vi) // adverbial.go
}
