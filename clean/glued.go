package clean

// fixGlued restores paragraph breaks lost between two sentences written
// without any space ("relies.Chinese"): a lower-case word, a digit, a
// closing bracket or a non-ASCII character, sentence punctuation, optional
// closing quotes, then a capitalised word.
func fixGlued(s string, _ *run) *edit {
	var e *edit
	start := 0
	for i := 1; i+2 < len(s); i++ {
		c := s[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		p := s[i-1]
		if !(p >= 'a' && p <= 'z' || p >= '0' && p <= '9' || p == ')' || p == '%' || p >= 0x80) {
			continue // "U.S.Army": capitals and dots are abbreviations
		}
		if p >= 'a' && p <= 'z' && (i < 2 || !(s[i-2] >= 'a' && s[i-2] <= 'z')) {
			continue // "e.g", "a.m" and other one-letter abbreviations
		}
		j := i + 1
		open := 0 // length of a quote that opens the next sentence
		for j < len(s) {
			if s[j] == '"' && opensQuote(s, i) {
				open = 1
				break
			}
			if s[j] == '"' || s[j] == '\'' {
				j++
			} else if hasAt(s, j, "”") || hasAt(s, j, "’") {
				j += 3
			} else {
				break
			}
		}
		if c := j + open; c+1 >= len(s) || !(s[c] >= 'A' && s[c] <= 'Z') || !(s[c+1] >= 'a' && s[c+1] <= 'z') {
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

// opensQuote reports whether a straight double quote after s[:i] opens a
// quotation: the quotes before it on its line are balanced.
func opensQuote(s string, i int) bool {
	n := 0
	for k := i - 1; k >= 0 && s[k] != '\n'; k-- {
		if s[k] == '"' {
			n++
		}
	}
	return n%2 == 0
}
