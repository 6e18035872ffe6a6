package coder

// beforeNestedForce ends the phrase of the verb at leaf i, which would end
// at leaf e, before a closing participle clause of force or accusation
// (forceClause) set off by a comma at the end of a phrase nested in the
// verb's own: "Niger's rulers ordered the French ambassador to leave within
// 48 hours, accusing Paris of acting against Niger" has the participle
// bracketed under the infinitive, yet the accusation is the rulers' act of
// its own, as in "ordered the ambassador to leave, accusing Paris" (the
// participle's subject is the sentence's: an English adverbial participle
// is controlled by the main clause's subject). beforeForce reads the verb's
// own phrase's clauses; this reads those further down that close it.
func (s *sent) beforeNestedForce(i, e int) int {
	vp := s.parent[s.leafK[i]]
	if vp < 0 {
		return e
	}
	for k := vp + 1; k < len(s.nodes) && s.spans[k].first <= s.spans[vp].last; k++ {
		sp := s.spans[k]
		if sp.first <= i+1 || sp.first > e || sp.last != e || s.tags[sp.first-1] != "," || !isLabel(s.nodes[k].Label, "S") || s.nodes[k].IsLeaf() {
			continue
		}
		if s.forceClause(sp.first, sp.last+1) || s.promptedClause(sp.first, sp.last+1) {
			return sp.first - 2
		}
	}
	return e
}
