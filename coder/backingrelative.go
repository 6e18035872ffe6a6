package coder

// backingRelative reports whether node k, the part of a noun phrase after
// its head, is a reduced relative of backing with its agent: "backed by
// African Union troops", "supported by Iran". Whoever backs a side is
// another party, never the side's owner, so "government forces backed by
// African Union troops" is the government's forces and, apart, the AU's
// troops. Read as one phrase with a head that names only an agent
// ("government forces", "rebels"), the backer's mention swallowed the
// head: backedForces found no backer to give the act to, and a backing
// state could lend the head its country.
func (s *sent) backingRelative(k int) bool {
	if !isLabel(s.nodes[k].Label, "VP") {
		return false
	}
	// Both words inside node k: a bare "backed" whose "by" the parser
	// put in another phrase is not read as this relative.
	f := s.spans[k].first
	return f+1 <= s.spans[k].last && s.tags[f] == "VBN" && backingVerb[s.words[f]] && s.words[f+1] == "BY"
}

// asideBacking reads the backing relative after a head that names only an
// agent as the comma options read "government forces, backed by Russian
// jets, ...": an aside whose mentions are set aside (backedForces still
// reads them), so the head's country comes from the sentence as it would
// without the relative, and the backer is not taken for the verb's subject.
func (s *sent) asideBacking(rest []int) {
	for _, j := range rest {
		for i := s.spans[j].first; i <= s.spans[j].last; i++ {
			s.del[i] = true
		}
	}
	for _, j := range rest {
		s.walk(j)
	}
}
