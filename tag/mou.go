package tag

import (
	"strings"

	"github.com/dyadproject/dyad/token"
)

// understandingNoun reports whether token i is "understanding" in "memorandum
// of understanding", the name of a signed text. The model tags the word as a
// gerund there, so the parser opened a clause inside the object ("(NP a
// memorandum) (PP of (S (VP understanding (PP in Nairobi)))))"), and a place
// named in that clause took the signing's object from its verb: "Kenya and
// Djibouti signed a memorandum of understanding in Nairobi" coded nothing.
// EqualFold keeps capitalised forms ("Memorandum of Understanding") off the
// heap.
func understandingNoun(toks []token.Token, i int) bool {
	if i < 2 || !strings.EqualFold(toks[i].Word, "understanding") || !strings.EqualFold(toks[i-1].Word, "of") {
		return false
	}
	m := toks[i-2].Word
	return strings.EqualFold(m, "memorandum") || strings.EqualFold(m, "memoranda") || strings.EqualFold(m, "memorandums")
}
