package dict

import "strings"

// manyPhrases is how many phrases a first word must start before Match
// indexes them by their second word. "THE" starts about 150 actor phrases
// and "MINISTER" about 290 agent phrases, and both are in most news, so
// scanning their lists was most of the matchers' string compares.
const manyPhrases = 16

// byNext indexes the phrase list of one frequent first word (of the actor
// or the agent dictionary): a phrase of
// two words or more whose second word must come right after the first is
// listed under that word; the others (one-word phrases, and those that
// allow words between the first and the second) in other. Lists hold
// positions in the first word's phrase list, ascending, so Match tries the
// candidates in the list's order (longest first) and finds the phrase the
// full scan would.
type byNext struct {
	next  map[string][]int32
	other []int32
}

// indexHeads builds the second-word index of the first words with many
// phrases, after the lists are final.
func (a *Actors) indexHeads() {
	a.heads = nil
	for w, ps := range a.index {
		if len(ps) <= manyPhrases {
			continue
		}
		h := &byNext{next: map[string][]int32{}}
		for k := range ps {
			p := &ps[k]
			if len(p.words) < 2 || (p.gap != nil && p.gap[1]) {
				h.other = append(h.other, int32(k))
				continue
			}
			h.next[p.words[1]] = append(h.next[p.words[1]], int32(k))
		}
		if a.heads == nil {
			a.heads = map[string]*byNext{}
		}
		a.heads[w] = h
	}
}

// candidates returns the positions of the phrases that can match at
// words[i], ascending, in buf: those under words[i+1] merged with other.
func (h *byNext) candidates(buf []int32, words []string, i int) []int32 {
	var next []int32
	if i+1 < len(words) {
		next = h.next[words[i+1]]
	}
	if len(next) == 0 {
		return h.other
	}
	other := h.other
	for len(next) > 0 || len(other) > 0 {
		if len(other) == 0 || (len(next) > 0 && next[0] < other[0]) {
			buf, next = append(buf, next[0]), next[1:]
		} else {
			buf, other = append(buf, other[0]), other[1:]
		}
	}
	return buf
}

// matchHead is Match for a first word indexed by indexHeads: it tries only
// the phrases that can match here, in list order.
func (a *Actors) matchHead(ps []phrase, h *byNext, words []string, i int) (int, int) {
	var buf [64]int32
	for _, k := range h.candidates(buf[:0], words, i) {
		if end := ps[k].match(words, i); end > 0 {
			return int(ps[k].actor), end - i
		}
	}
	return -1, 0
}

// indexHeads builds the second-word index of the first words that start
// many agent phrases.
func (a *Agents) indexHeads() {
	a.heads = nil
	for w, ids := range a.index {
		if len(ids) <= manyPhrases {
			continue
		}
		h := &byNext{next: map[string][]int32{}}
		for k, idx := range ids {
			g := &a.Entries[idx]
			if len(g.Words) < 2 || g.Gap[1] {
				h.other = append(h.other, int32(k))
				continue
			}
			h.next[g.Words[1]] = append(h.next[g.Words[1]], int32(k))
		}
		if a.heads == nil {
			a.heads = map[string]*byNext{}
		}
		a.heads[w] = h
	}
}

// indexHeads builds the second-word index of the first words that start
// many issue phrases (UNITED starts about a hundred). An issue phrase's
// words are consecutive, so every phrase of two words or more goes under
// its second word.
func (s *Issues) indexHeads() {
	s.heads = nil
	for w, ids := range s.index {
		if len(ids) <= manyPhrases {
			continue
		}
		h := &byNext{next: map[string][]int32{}}
		for k, idx := range ids {
			_, rest, ok := strings.Cut(s.Entries[idx].Text, " ")
			if !ok {
				h.other = append(h.other, int32(k))
				continue
			}
			second, _, _ := strings.Cut(rest, " ")
			h.next[second] = append(h.next[second], int32(k))
		}
		if s.heads == nil {
			s.heads = map[string]*byNext{}
		}
		s.heads[w] = h
	}
}

// tries is how many phrases of ids a match at a word tries: the positions
// ks that candidates picked, or, with ks nil, all of ids.
func tries(ids, ks []int32) int {
	if ks != nil {
		return len(ks)
	}
	return len(ids)
}

// try returns the c-th phrase id a match tries (see tries).
func try(ids, ks []int32, c int) int32 {
	if ks != nil {
		return ids[ks[c]]
	}
	return ids[c]
}
