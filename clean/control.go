package clean

import (
	"fmt"
	"unicode/utf8"
)

// fixControls turns CR and CRLF line ends into LF and drops control and
// invisible formatting characters: C0 controls other than tab and newline,
// DEL, C1 controls, the soft hyphen and bidirectional marks.
func fixControls(s string, _ *run) *edit {
	var e *edit
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\r':
				e = lazy(e, s)
				e.copy(start, i)
				if i+1 < len(s) && s[i+1] == '\n' {
					e.note(`\r\n`, `\n`)
					start = i + 1 // keep the \n
				} else {
					e.put("\n")
					e.note(`\r`, `\n`)
					start = i + 1
				}
			case c < 0x20 && c != '\t' && c != '\n', c == 0x7F:
				e = lazy(e, s)
				e.copy(start, i)
				e.note(fmt.Sprintf("%q", string(c)), "")
				start = i + 1
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if invisible(r) {
			e = lazy(e, s)
			e.copy(start, i)
			e.note(fmt.Sprintf("%U", r), "")
			start = i + n
		}
		i += n
	}
	return finish(e, start)
}

// invisible reports whether r is a control or formatting character that has
// no place in running text.
func invisible(r rune) bool {
	switch {
	case r >= 0x80 && r <= 0x9F, // C1 controls
		r == 0xAD,                // soft hyphen
		r == 0x200E, r == 0x200F, // LRM, RLM
		r >= 0x202A && r <= 0x202E, // embeddings and overrides
		r >= 0x2066 && r <= 0x2069: // isolates
		return true
	}
	return false
}
