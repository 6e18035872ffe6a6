package chunk

// Lists of three or more coordinated adjectives before one noun.

// adjListAhead reports whether the tokens from i on finish a list of
// coordinated adjectives before a noun: "Russian and Iranian warships"
// after "Chinese ,", or "and Iranian warships" after the serial comma of
// "Chinese , Russian ,". Adjectives alternate with commas, one "and" or
// "or" comes last (after an optional comma), and a noun follows the last
// adjective. Without the list the parser made "Chinese" a noun phrase of
// its own and the warships Russian and Iranian only.
func (s *state) adjListAhead(i int) bool {
	cc := false
	wantAdj := isAdj(s.tag(i))
	for k := i; k < s.end && k < i+12; k++ {
		t := s.tag(k)
		switch {
		case wantAdj && isAdj(t):
			if cc {
				return s.nounAhead(k)
			}
			wantAdj = false
		case !wantAdj && t == "," && !cc:
			wantAdj = s.tag(k+1) != "CC"
		case t == "CC" && !cc && (s.wordIs(k, "and") || s.wordIs(k, "or")):
			cc, wantAdj = true, true
		default:
			return false
		}
	}
	return false
}

// adjListStart returns where the list of adjectives and commas ending b
// starts: the index in b of its first adjective, so "Chinese , Russian"
// (and a serial comma after it) becomes one adjective phrase with the
// conjunct after "and". It returns len(b)-1 when b ends in an adjective
// with no comma-joined adjectives before it.
func adjListStart(b []*node) int {
	j := len(b) - 1
	if j >= 1 && b[j].Label == "," && isAdj(b[j-1].Label) {
		j--
	}
	for j >= 2 && b[j-1].Label == "," && isAdj(b[j-2].Label) {
		j -= 2
	}
	return j
}
