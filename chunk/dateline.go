package chunk

// datelineEnd returns the first token after a wire-copy dateline opening
// the sentence at k — proper nouns or capitalised words, numbers, commas
// and a parenthesised agency, then a dash or colon: "GENEVA, May 5
// (Reuters) -", "BRUSSELS (AP) —", "NEW DELHI:" — or k if there is none. A
// dateline is no clause, so the first clause of such a sentence always
// fails to parse; the verb repair must then look after the dateline, not
// treat its proper nouns as the sentence's subject.
func (s *state) datelineEnd(k int) int {
	if t := s.tag(k); t != "NNP" && t != "NNPS" && !s.capitals(k) {
		return k
	}
	for j := k + 1; j < s.end && j <= k+maxDateline; j++ {
		switch s.tag(j) {
		case "NNP", "NNPS", "CD", ",", "(", ")", "-LRB-", "-RRB-":
		case ":":
			if j+1 < s.end {
				return j + 1
			}
			return k
		default:
			if !s.capitals(j) {
				return k
			}
		}
	}
	return k
}

// maxDateline is the most tokens a dateline spans before its dash:
// "SAN JOSE, Costa Rica, Jan. 12 (Reuters) -" is eleven.
const maxDateline = 14

// capitals reports whether token i is a word of two or more capital
// letters, as a dateline's city is written whatever its tag ("NEW/JJ").
func (s *state) capitals(i int) bool {
	w := s.word(i)
	if len(w) < 2 {
		return false
	}
	for k := 0; k < len(w); k++ {
		if w[k] < 'A' || w[k] > 'Z' {
			return false
		}
	}
	return true
}
