package coder

// inReducedRelative reports whether leaf i lies inside a participle phrase
// that modifies a noun and does not hold the verb at leaf vi: "the
// demonstration staged by students ... to protest the decision of sending
// troops to Iraq". The default target search uses it: when the first actor
// after the verb names only a role ("students", ---EDU) it gives way to a
// named actor further on ("launch a new offensive ... with Iraq"), but not
// to one inside such a phrase, which takes part in the participle's own act
// (the sending of troops), not in the event. A participle phrase's actor
// with nothing before it stays the target: "released a ship operated by
// Greenpeace" is Greenpeace's release.
func (s *sent) inReducedRelative(i, vi int) bool {
	for p := s.parent[s.leafK[i]]; p >= 0; p = s.parent[p] {
		if !isLabel(s.nodes[p].Label, "VP") {
			continue
		}
		if vi >= s.spans[p].first && vi <= s.spans[p].last {
			return false
		}
		if up := s.parent[p]; up >= 0 && isLabel(s.nodes[up].Label, "NP") {
			return true
		}
	}
	return false
}
