package dict

import (
	"bytes"
	"strings"
)

// line is one significant line of a dictionary file: comments removed, blank
// lines skipped, the original line number kept for error messages.
type line struct {
	n    int    // 1-based line number
	text string // without comments; leading tab kept (actor date restrictions)
	tab  bool   // the raw line started with whitespace
}

// scanLines splits a dictionary file into significant lines. It drops XML-style
// comments (which may span lines and may appear mid-line), '#' comments, and
// the legacy ';' comments. Unlike PETRARCH2 it keeps reading after a comment
// block at the start of a file.
func scanLines(data []byte) []line {
	var out []line
	inComment := false
	n := 0
	for len(data) > 0 {
		n++
		var raw []byte
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			raw, data = data[:i], data[i+1:]
		} else {
			raw, data = data, nil
		}
		s := strings.TrimRight(string(raw), "\r")
		s0 := s
		var b strings.Builder
		for s != "" {
			if inComment {
				i := strings.Index(s, "-->")
				if i < 0 {
					s = ""
					break
				}
				s = s[i+3:]
				inComment = false
				continue
			}
			i := strings.Index(s, "<!")
			if i < 0 {
				b.WriteString(s)
				break
			}
			b.WriteString(s[:i])
			s = s[i+2:]
			inComment = true
		}
		t := b.String()
		t = stripComment(t)
		tab := len(t) > 0 && (t[0] == '\t' || t[0] == ' ')
		t = strings.TrimSpace(t)
		if t == "" && strings.TrimSpace(s0) != "" {
			continue // a comment-only line is not a blank line
		}
		if t == "" {
			// A blank line ends verb blocks and synsets, so keep an empty marker.
			out = append(out, line{n: n})
			continue
		}
		out = append(out, line{n: n, text: t, tab: tab})
	}
	return out
}

// splitWords splits a phrase on blanks and underscores and upper-cases it.
// connected[i] reports whether word i was joined to word i-1 by '_'.
func splitWords(s string) []string {
	s = strings.ToUpper(s)
	return strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '_' || r == '\t' })
}

// bracket returns the text inside the first [...] of s, the text before it,
// and whether one was found; a missing ']' is reported as !ok with found true.
func bracket(s string) (before, inside, after string, found, ok bool) {
	i := strings.IndexByte(s, '[')
	if i < 0 {
		return s, "", "", false, true
	}
	j := strings.IndexByte(s[i:], ']')
	if j < 0 {
		return s[:i], s[i+1:], "", true, false
	}
	return s[:i], strings.TrimSpace(s[i+1 : i+j]), s[i+j+1:], true, true
}

// stripComment cuts a '#' or ';' comment, except inside [...] where '#' can be
// part of a code ("[###]").
func stripComment(t string) string {
	depth := 0
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '[':
			depth++
		case ']':
			if depth > 0 {
				depth--
			}
		case '#', ';':
			if depth == 0 {
				return t[:i]
			}
		}
	}
	return t
}
