package clean

// fixGlued restores paragraph breaks lost between two sentences written
// without any space ("relies.Chinese"): a lower-case word or a closing
// bracket, sentence punctuation, optional closing quotes, then a capitalised
// word.
func fixGlued(s string, _ *run) *edit {
	var e *edit
	start := 0
	for i := 1; i+2 < len(s); i++ {
		c := s[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		p := s[i-1]
		if !(p >= 'a' && p <= 'z' || p >= '0' && p <= '9' || p == ')') {
			continue
		}
		if p >= 'a' && p <= 'z' && (i < 2 || !(s[i-2] >= 'a' && s[i-2] <= 'z')) {
			continue // "e.g", "a.m" and other one-letter abbreviations
		}
		j := i + 1
		for j < len(s) {
			if s[j] == '"' || s[j] == '\'' {
				j++
			} else if hasAt(s, j, "”") || hasAt(s, j, "’") {
				j += 3
			} else {
				break
			}
		}
		if j+1 >= len(s) || !(s[j] >= 'A' && s[j] <= 'Z') || !(s[j+1] >= 'a' && s[j+1] <= 'z') {
			continue
		}
		e = lazy(e, s)
		e.copy(start, j)
		e.put("\n\n")
		lo, hi := around(s, j, j, 12)
		e.note(s[lo:hi], s[lo:j]+"\n\n"+s[j:hi])
		start = j
		i = j
	}
	return finish(e, start)
}

func hasAt(s string, i int, t string) bool {
	return len(s)-i >= len(t) && s[i:i+len(t)] == t
}
