package coder

// subordinateSubjectAntecedent returns the antecedent of a possessive that
// opens the subject of an adverbial clause: the subject of the clause above
// it, not the nearer object ("China accused the Philippines of intruding,
// after its coast guard fired water cannon": its is China's), or -1. A
// pronoun in the subject of an adverbial clause prefers the subject of the
// clause it hangs from (subject parallelism); the nearest-actor search
// stays for every other possessive ("urged Iran to halt its programme").
// The clause subject is the nearest actor before the conjunction that a
// finite verb follows ("Iran said that Israel attacked Syria after its
// army …" is Israel's).
func (s *sent) subordinateSubjectAntecedent(first int) int {
	if first == 0 || s.tags[first-1] != "IN" {
		return -1
	}
	switch s.words[first-1] {
	case "AFTER", "WHEN", "WHILE", "BECAUSE", "SINCE", "BEFORE", "AS", "ALTHOUGH", "THOUGH", "UNTIL", "ONCE", "WHEREAS":
	default:
		return -1
	}
	return s.clauseSubjectBefore(first - 1)
}
