package clean

import (
	"strings"
)

// fixWraps joins lines of hard-wrapped text (plain-text news wrapped at a
// fixed width, one paragraph spread over several lines) so each paragraph is
// one line. A text counts as wrapped when no line is longer than 120 bytes,
// at least three lines run on into the next, and most of those fill at least
// 60% of the longest line. Short lines and list items keep their breaks; a
// word hyphenated across lines is joined without a space. In any text, a line
// ending without punctuation followed by one starting in lower case is joined.
func fixWraps(s string, r *run) *edit {
	lines := r.lines(s)
	if len(lines) < 2 {
		return nil
	}
	maxLen, inner, long := 0, 0, 0
	for _, l := range lines {
		maxLen = max(maxLen, l.hi-l.lo)
	}
	for k := 0; k+1 < len(lines); k++ {
		l, n := lines[k], lines[k+1]
		if l.hi > l.lo && n.hi > n.lo && !listItem(s[n.lo:n.hi]) {
			inner++
			if 10*(l.hi-l.lo) >= 6*maxLen {
				long++
			}
		}
	}
	wrapped := maxLen <= 120 && maxLen >= 40 && inner >= 3 && 10*long >= 7*inner
	var e *edit
	start := 0
	for k := 0; k+1 < len(lines); k++ {
		l, n := lines[k], lines[k+1]
		if l.hi == l.lo || n.hi == n.lo || listItem(s[n.lo:n.hi]) {
			continue
		}
		// In any text, a line that ends without punctuation and a line that
		// starts in lower case are one sentence broken in two.
		broken := unitEnd(s[l.lo:l.hi]) == endOpen && s[n.lo] >= 'a' && s[n.lo] <= 'z'
		if !broken && (!wrapped || 10*(l.hi-l.lo) < 6*maxLen) {
			continue
		}
		e = lazy(e, s)
		e.copy(start, l.hi)
		t := s[l.lo:l.hi]
		lo, hi := around(s, l.hi, l.hi, 12)
		if len(t) >= 2 && t[len(t)-1] == '-' && isASCIILetter(rune(t[len(t)-2])) && s[n.lo] >= 'a' && s[n.lo] <= 'z' {
			e.note(s[lo:hi], s[lo:l.hi]+s[n.lo:hi])
		} else {
			e.put(" ")
			e.note(s[lo:hi], s[lo:l.hi]+" "+s[n.lo:hi])
		}
		start = n.lo
	}
	return finish(e, start)
}

// listItem reports whether a line starts like an item of a list.
func listItem(t string) bool {
	t = strings.TrimLeft(t, " ")
	if t == "" {
		return false
	}
	switch t[0] {
	case '-', '*', '+':
		return len(t) > 1 && t[1] == ' '
	}
	if strings.HasPrefix(t, "• ") {
		return true
	}
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	return i > 0 && i < len(t) && (t[i] == '.' || t[i] == ')')
}
