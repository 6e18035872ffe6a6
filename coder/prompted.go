package coder

// promptVerbs are the participles whose object does the act of the
// infinitive after it: in "police stormed the embassy, prompting Mexico to
// break off relations with Ecuador" Mexico breaks off relations. English
// object control: the infinitive's subject is the object, not the clause's
// subject, which climbing the tree would give.
var promptVerbs = map[string]bool{"PROMPTING": true, "FORCING": true}

// promptedController returns the noun phrase that controls the infinitive
// clause p, "to break off relations with Ecuador" in "…, prompting Mexico
// to break off relations with Ecuador": the object before p of a verb phrase
// headed by a prompt participle (promptVerbs). It returns -1 otherwise, and
// when the object names no actor ("forcing thousands to flee"), so that the
// subject is looked for above as before.
func (s *sent) promptedController(p int) int {
	if s.words[s.spans[p].first] != "TO" {
		return -1
	}
	vp := s.parent[p]
	if vp < 0 || !isLabel(s.nodes[vp].Label, "VP") {
		return -1
	}
	v := s.spans[vp].first
	if s.tags[v] != "VBG" || !promptVerbs[s.words[v]] {
		return -1
	}
	np := s.npBefore(vp, p)
	if np < 0 {
		return -1
	}
	if e := s.nextMention(s.spans[np].first, s.spans[np].last); e < 0 || !anyNamed(s.nes[e].codes) {
		return -1
	}
	return np
}

// promptedClause reports whether leaves a..b-1, a stretch set off by
// commas, are a prompt participle clause with a named object and an
// infinitive ("…, prompting Mexico to break off relations"): an act of the
// object, not an aside the comma options may drop.
func (s *sent) promptedClause(a, b int) bool {
	i := a
	for i < b && isPunct(s.tags[i]) {
		i++
	}
	if i+2 >= b || s.tags[i] != "VBG" || !promptVerbs[s.words[i]] {
		return false
	}
	for j := i + 1; j < b; j++ {
		if s.words[j] == "TO" {
			cl := s.clauseAbove(j)
			return cl >= 0 && s.promptedController(cl) >= 0
		}
	}
	return false
}
