package coder

// chargeEnd returns the last leaf an accusation's sub-code may read: the end
// of the verb's phrase, or, when the parser left the charge's "of" outside
// it, the end of the phrase after "of". In "China accused the Philippines
// on Sunday of illegally intruding into its waters" the parse closes the VP
// at "Philippines" and hangs "of illegally intruding …" beside the clause,
// so the sub-code table never read "intruding" (1123 Accuse of
// aggression); without the adverb the same sentence parses with "of" inside
// the VP. Only for ACCUSE's 112, whose "of" names the charge.
func (s *sent) chargeEnd(code string, lowEnd int) int {
	of := lowEnd + 1
	if code != "112" || of+1 >= len(s.words) || s.words[of] != "OF" || s.tags[of] != "IN" || s.del[of] {
		return lowEnd
	}
	// The largest phrase that starts right after "of".
	k := s.leafK[of+1]
	for p := s.parent[k]; p >= 0 && s.spans[p].first == of+1; p = s.parent[p] {
		k = p
	}
	return s.spans[k].last
}
