package coder

// fledFrom returns the actor phrase of the place people fled, when leaf i,
// right after a role with no country ("refugees"), opens a participle or
// relative clause of flight: "refugees fleeing Syria", "refugees fleeing the
// civil war in Liberia", "civilians who fled Kosovo", "refugees escaping
// Burundi". Fleeing a country says whose refugees they are, as "refugees
// from Liberia" does (placeRoles): LBRREF. It returns -1 otherwise.
func (s *sent) fledFrom(i int) int {
	v := i
	if s.words[v] == "WHO" || s.words[v] == "THAT" {
		v++
		for v < len(s.words) && (s.words[v] == "HAD" || s.words[v] == "HAVE" || s.words[v] == "HAS" || s.words[v] == "BEEN") {
			v++
		}
	}
	if v >= len(s.words) || s.del[v] || !fleeing(s.words[v]) {
		return -1
	}
	end := s.lowEnd(v)
	for j := v + 1; j <= end && j < len(s.words); j++ {
		if e := int(s.ne[j]); e >= 0 && anyActor(s.nes[e].codes) {
			return e
		}
	}
	return -1
}

// fleeing reports whether an upper-cased verb form is one of flight.
func fleeing(w string) bool {
	switch w {
	case "FLEEING", "FLED", "FLEE", "FLEES", "ESCAPING", "ESCAPED":
		return true
	}
	return false
}
