package clean

import (
	"strings"
	"unicode"
)

// A line of the text: [lo, hi) without its newline; next is where the
// following line starts (after the newline).
type line struct {
	lo, hi, next int
}

func splitLines(s string) []line {
	var out []line
	for i := 0; i <= len(s); {
		j := strings.IndexByte(s[i:], '\n')
		if j < 0 {
			if i < len(s) {
				out = append(out, line{i, len(s), len(s)})
			}
			break
		}
		out = append(out, line{i, i + j, i + j + 1})
		i += j + 1
	}
	return out
}

// dropLines removes the lines for which drop is true, each with its newline.
func dropLines(s string, lines []line, drop []bool) *edit {
	var e *edit
	start := 0
	for k, l := range lines {
		if !drop[k] {
			continue
		}
		e = lazy(e, s)
		e.copy(start, l.lo)
		e.note(s[l.lo:l.hi], "")
		start = l.next
	}
	return finish(e, start)
}

// lineWords returns the lower-cased words of a line.
func lineWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	})
}

// endsSentence reports whether a line ends like a sentence.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”’)]")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, ":")
}

// short lines are the only candidates for spam, boilerplate and navigation.
const shortLine = 160

// setOf makes a set of the words in s.
func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// dropLinePrefixes removes from each line of s the prefix whose length at
// returns for it (0: none), noting each removal with the text after it:
// the one body of the label-prefix, photo-credit, widget-prefix and
// headline-prefix steps, which differ only in what they recognise. Lines
// are read in place, without splitLines' slice, since most texts have
// nothing to remove.
func dropLinePrefixes(s string, at func(line string) int) *edit {
	var e *edit
	start := 0
	for lo := 0; lo < len(s); {
		hi := strings.IndexByte(s[lo:], '\n')
		if hi < 0 {
			hi = len(s)
		} else {
			hi += lo
		}
		if n := at(s[lo:hi]); n > 0 {
			e = lazy(e, s)
			e.copy(start, lo)
			_, h := around(s, lo, lo+n, 12)
			e.note(s[lo:h], s[lo+n:h])
			start = lo + n
		}
		lo = hi + 1
	}
	return finish(e, start)
}
