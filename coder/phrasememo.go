package coder

// The actor and agent phrase matchers are asked about the same words many
// times in one sentence: every noun phrase is coded with its nested phrases,
// and overlapped, actorCrosses, formerTitle and titleEndsAt look again. The
// dictionaries' answer at a word depends only on the words from it to the
// end of the slice given, and the callers give prefixes of the sentence's
// words (s.words[:b+1]). So each word's match over all the sentence's words
// is looked up once and kept; it stands for the match over a prefix when it
// ends inside the prefix. A phrase that does not match over all the words
// cannot match over fewer, and one that matches reads no word past its last,
// so the first phrase (in the dictionary's order) to match over the prefix
// is the same one. When the kept match runs past the prefix the dictionary
// is asked about the prefix itself (rare). TestPhraseMemo compares both.

// phraseMatch is a dictionary phrase found at a word: the entry index and
// the index just after its last word. idx is -1 for no phrase and
// unlooked before the first lookup.
type phraseMatch struct{ idx, end int32 }

const unlooked = -2

// resetPhraseMemo makes the memos empty for a sentence of n words.
func (s *sent) resetPhraseMemo(n int) {
	if cap(s.actorMemo) < n {
		s.actorMemo, s.agentMemo = make([]phraseMatch, n), make([]phraseMatch, n)
	}
	s.actorMemo, s.agentMemo = s.actorMemo[:n], s.agentMemo[:n]
	for i := range n {
		s.actorMemo[i] = phraseMatch{idx: unlooked}
		s.agentMemo[i] = phraseMatch{idx: unlooked}
	}
}

// ofWords reports whether ws is a non-empty prefix of the sentence's words,
// the same backing array, as the phrase matchers' callers slice it.
func (s *sent) ofWords(ws []string) bool {
	return len(ws) > 0 && len(ws) <= len(s.words) && &ws[0] == &s.words[0]
}

// actorPhrase is s.c.d.Actors.Match(ws, i).
func (s *sent) actorPhrase(ws []string, i int) (int, int) {
	if i < 0 || i >= len(ws) || !s.ofWords(ws) {
		return s.c.d.Actors.Match(ws, i)
	}
	m := s.actorMemo[i]
	if m.idx == unlooked {
		idx, n := s.c.d.Actors.Match(s.words, i)
		m = phraseMatch{idx: int32(idx), end: int32(i + n)}
		s.actorMemo[i] = m
	}
	if m.idx < 0 {
		return -1, 0
	}
	if int(m.end) > len(ws) {
		return s.c.d.Actors.Match(ws, i)
	}
	return int(m.idx), int(m.end) - i
}

// agentPhrase is s.c.d.Agents.Match(ws, i, 3), the gap every caller but
// agentCrosses allows.
func (s *sent) agentPhrase(ws []string, i int) (int, int) {
	if i < 0 || i >= len(ws) || !s.ofWords(ws) {
		return s.c.d.Agents.Match(ws, i, 3)
	}
	m := s.agentMemo[i]
	if m.idx == unlooked {
		idx, end := s.c.d.Agents.Match(s.words, i, 3)
		m = phraseMatch{idx: int32(idx), end: int32(end)}
		s.agentMemo[i] = m
	}
	if m.idx < 0 {
		return -1, 0
	}
	if int(m.end) > len(ws) {
		return s.c.d.Agents.Match(ws, i, 3)
	}
	return int(m.idx), int(m.end)
}
