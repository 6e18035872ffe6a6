package clean

import (
	"unicode/utf8"
)

// fixSpace tidies whitespace: other space characters (tab, no-break space,
// the typographic spaces) become a plain space, zero-width characters go,
// runs of spaces become one, lines lose their leading and trailing spaces,
// blank lines collapse to one paragraph break, and the text loses leading
// whitespace and trailing whitespace but for one final newline. Paragraph breaks (blank lines) are kept.
func fixSpace(s string, _ *run) *edit {
	var e *edit
	start := 0
	for i := 0; i < len(s); {
		// Fast paths: printable ASCII, and one space between two of them.
		if c := s[i]; c > ' ' && c < 0x7F {
			i++
			continue
		} else if c == ' ' && i > 0 && i+1 < len(s) && s[i+1] > ' ' && s[i+1] < 0x7F {
			i += 2
			continue
		}
		w, n := spaceKind(s, i)
		if w == notSpace {
			i += n
			continue
		}
		// A run of whitespace [i, j): count its newlines and spaces.
		j, lines, spaces := i, 0, 0
		for j < len(s) {
			k, m := spaceKind(s, j)
			if k == notSpace {
				break
			}
			switch k {
			case newline:
				lines++
			case space:
				spaces++
			}
			j += m
		}
		var want string
		switch {
		case i == 0:
			want = ""
		case j == len(s) && lines > 0:
			want = "\n" // one final newline, as text files end
		case j == len(s):
			want = ""
		case lines >= 2:
			want = "\n\n"
		case lines == 1:
			want = "\n"
		case spaces > 0:
			want = " "
		}
		if s[i:j] != want {
			e = lazy(e, s)
			e.copy(start, i)
			// Copy the wanted bytes when the run holds them, so they stay
			// mapped; otherwise produce them.
			if k := indexIn(s, i, j, want); k >= 0 {
				e.copy(k, k+len(want))
			} else {
				e.put(want)
			}
			e.note(s[i:j], want)
			start = j
		}
		i = j
	}
	return finish(e, start)
}

const (
	notSpace = iota
	space
	newline
	zeroWidth
)

// spaceKind classifies the character at s[i] and returns its length.
func spaceKind(s string, i int) (kind, n int) {
	c := s[i]
	switch c {
	case ' ', '\t', '\v', '\f':
		return space, 1
	case '\n':
		return newline, 1
	}
	if c < utf8.RuneSelf || (c != 0xC2 && c != 0xE2 && c != 0xE3 && c != 0xEF) {
		return notSpace, 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	switch {
	case r == 0xA0, r >= 0x2000 && r <= 0x200A, r == 0x202F, r == 0x205F, r == 0x3000:
		return space, n
	case r == 0x200B, r == 0x200C, r == 0x200D, r == 0x2060, r == 0xFEFF:
		return zeroWidth, n
	case r == 0x2028, r == 0x2029:
		return newline, n
	}
	return notSpace, n
}

// indexIn returns where want occurs in s[i:j], or -1; "" is never found.
func indexIn(s string, i, j int, want string) int {
	if want == "" {
		return -1
	}
	for k := i; k+len(want) <= j; k++ {
		if s[k:k+len(want)] == want {
			return k
		}
	}
	return -1
}
