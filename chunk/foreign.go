package chunk

// foreignModifier reports whether the foreign words starting at i (at most
// three, tagged FW) modify a noun that follows them, perhaps after
// adjectives: "Sudan's de facto leader", "a de facto blockade", "the ad hoc
// committee". The tagger gives such phrases FW, as Stanford does; read as
// words outside any phrase they cut the noun phrase in two, and the
// leader lost his country ("Sudan's") or the verb its object ("imposed
// a").
func (s *state) foreignModifier(i int) bool {
	j := i
	for j < s.end && j < i+3 && s.tag(j) == "FW" {
		j++
	}
	if j == i || s.tag(j) == "FW" {
		return false
	}
	return (isNoun(s.tag(j)) || isAdj(s.tag(j))) && s.nounAhead(j)
}
