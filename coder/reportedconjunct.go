package coder

// A reporter's second act parsed inside the report. "Britain's foreign
// minister said the seizure of the tanker was unacceptable and warned
// Tehran of serious consequences" is bracketed with "and warned …"
// coordinated beside "was unacceptable" inside the reported clause, so the
// warning's subject came out as "the seizure", which names no actor, and
// the warning coded nothing. A seizure, a test or a decision does not warn,
// demand or summon: when the reported clause's subject is a thing, a
// finite verb conjoined after "and" in the same tense as the verb of
// report is the reporter's second act, as English leaves a shared subject
// out only between coordinated acts of one doer. A reported subject that
// names an actor ("said Russian troops had crossed the border and seized a
// village") keeps the parse's reading: the troops may well have seized it.

// reportedThingConjunct reports whether clause p, reached from the verb at
// leaf vi through its child child, is the complement of a verb of report
// whose subject is a common noun naming no actor, and vi heads a later
// conjunct after "and" of the clause's verb phrase, in the tense of the
// verb of report. subjectOf then skips clause p.
func (s *sent) reportedThingConjunct(p, child, vi int) bool {
	if !isLabel(s.nodes[p].Label, "S") || !isLabel(s.nodes[child].Label, "VP") {
		return false
	}
	t := s.tags[vi]
	if t != "VBD" && t != "VBZ" {
		return false
	}
	q := s.parent[p]
	if q >= 0 && isLabel(s.nodes[q].Label, "SBAR") {
		if s.spans[q].first != s.spans[p].first && s.words[s.spans[q].first] != "THAT" {
			return false
		}
		q = s.parent[q]
	}
	if q < 0 || !isLabel(s.nodes[q].Label, "VP") {
		return false
	}
	head := s.spans[q].first
	if s.tags[head] != t || !reportVerbs[s.words[head]] { // demand.go
		return false
	}
	var buf [16]int
	cs := s.children(child, buf[:0])
	if len(cs) < 3 || !isLabel(s.nodes[cs[0]].Label, "VP") {
		return false
	}
	later := false
	for i := 2; i < len(cs); i++ {
		c := cs[i]
		if s.spans[c].first == vi && isLabel(s.nodes[c].Label, "VP") &&
			s.nodes[cs[i-1]].Label == "CC" && s.words[s.spans[cs[i-1]].first] == "AND" {
			later = true
			break
		}
	}
	if !later {
		return false
	}
	np := s.npBefore(p, child)
	if np < 0 {
		return false
	}
	return s.thingHead(np)
}

// thingHead reports whether noun phrase k is headed by a common noun that
// belongs to no actor phrase: "the seizure of the tanker", "tests by a
// military laboratory", not "Russian troops", "the ministry" or "it".
func (s *sent) thingHead(k int) bool {
	var buf [16]int
	h := k
	for {
		cs := s.children(h, buf[:0])
		if len(cs) < 2 || !isLabel(s.nodes[cs[0]].Label, "NP") {
			break
		}
		switch l := s.nodes[cs[1]].Label; {
		case isLabel(l, "PP"), isLabel(l, "SBAR"), isLabel(l, "VP"):
			h = cs[0]
			continue
		}
		break
	}
	last := s.spans[h].last
	if t := s.tags[last]; t != "NN" && t != "NNS" {
		return false
	}
	// The mention of "the seizure of the tanker" is the whole phrase; it
	// names a business by "tanker", not by the head word.
	m := s.ne[last]
	if m < 0 {
		return true
	}
	for i := range s.nes[m].codes {
		if c := &s.nes[m].codes[i]; c.first <= last && last <= c.last {
			return false
		}
	}
	return true
}
