package coder

// Closing accusations. "Armenia condemned the attack, accusing Azerbaijan
// of violating the ceasefire" reports two acts: the condemnation and an
// accusation (112) of the actor named right after the participle. Wire
// copy sets the second off with a comma, and the comma options drop a
// closing stretch of 2-8 words as an aside, so the accusation was lost.
// A disapproval participle (root 11: accusing, blaming, criticising,
// condemning) whose object is a name is kept as an act of its own, as
// forceClause keeps "…, killing three militants"; one whose object is a
// common noun ("…, condemning the decision") or a pronoun ("…, accusing
// them of killing Ugandan policemen", where the pattern's slots then read
// the policemen) stays an aside.

// accusingClause reports whether the VBG at leaf i is followed, after an
// article at most, by a proper noun. It runs before
// actors are matched (the comma options decide what is coded), so it reads
// tags, not actor codes.
func (s *sent) accusingClause(i int) bool {
	j := i + 1
	if j < len(s.tags) && s.tags[j] == "DT" {
		j++
	}
	if j >= len(s.tags) {
		return false
	}
	switch s.tags[j] {
	case "NNP", "NNPS":
		return true
	}
	return false
}
