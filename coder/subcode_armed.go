package coder

// A threat of attacks by an armed group is a threat of unconventional
// violence: 1383 "Threaten unconventional attack ... including terrorist
// activities", not 1384 "Threaten conventional attack", which is a state's
// armed forces threatening military means. "Al Shabaab threatened more
// attacks in Kenya unless Nairobi withdrew its troops" is 1383; "Iran
// threatened to attack U.S. bases" stays 1384. An armed group is an actor
// whose code carries the REB (rebels, insurgents, militants) or UAF (unknown
// armed forces) role.

// armedRoles are the roles of non-state armed groups.
var armedRoles = []string{"REB", "UAF"}

// armedThreat returns 1383 for a 1384 whose subject, read upward from leaf
// vi through subjectless clauses ("vowed to carry out attacks"), names an
// armed group; else code.
func (s *sent) armedThreat(code string, vi int) string {
	if code != "1384" || vi < 0 || vi >= len(s.leaves) {
		return code
	}
	child := s.leafK[vi]
	for p := s.parent[child]; p >= 0; child, p = p, s.parent[p] {
		if !isClauseLabel(s.nodes[p].Label) {
			continue
		}
		np := s.npBefore(p, child)
		if np < 0 {
			continue
		}
		sp := s.spans[np]
		for i := sp.first; i <= sp.last; i++ {
			if m := s.ne[i]; m >= 0 {
				for _, a := range s.nes[m].codes {
					if hasRole(a.code, armedRoles) {
						return "1383"
					}
				}
			}
		}
		return code
	}
	return code
}
