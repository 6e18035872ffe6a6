package dict

import (
	"slices"
	"strings"
)

// line is one significant line of a dictionary file: comments removed, blank
// lines skipped, the original line number kept for error messages.
type line struct {
	n    int    // 1-based line number
	text string // without comments; leading tab kept (actor date restrictions)
	tab  bool   // the raw line started with whitespace
}

// scanLines calls fn for each significant line of a dictionary file:
// comments removed, the original line number kept for error messages. It
// drops XML-style comments (which may span lines and may appear mid-line),
// '#' comments, and the legacy ';' comments. A blank line is passed as an
// empty text because it ends verb blocks and synsets; a line holding only a
// comment is not passed at all. Unlike PETRARCH2 it keeps reading after a
// comment block at the start of a file.
func scanLines(data []byte, fn func(line)) {
	all := string(data) // one copy; lines are substrings of it
	inComment := false
	n := 0
	for len(all) > 0 {
		n++
		var s string
		if i := strings.IndexByte(all, '\n'); i >= 0 {
			s, all = all[:i], all[i+1:]
		} else {
			s, all = all, ""
		}
		if len(s) > 0 && s[len(s)-1] == '\r' {
			s = s[:len(s)-1]
		}
		s0 := s
		t := s
		if inComment || strings.Contains(s, "<!") {
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
			t = b.String()
		}
		t = stripComment(t)
		tab := len(t) > 0 && (t[0] == '\t' || t[0] == ' ')
		t = strings.TrimSpace(t)
		if t == "" && strings.TrimSpace(s0) != "" {
			continue // a comment-only line is not a blank line
		}
		fn(line{n: n, text: t, tab: tab})
	}
}

// splitWords splits a phrase on blanks and underscores and upper-cases it.
// A possessive "'S" ending a word becomes a word of its own ("PEOPLE'S" →
// "PEOPLE", "'S"), as Penn Treebank tokenisation — dyad's tokenizer and the
// parses PETRARCH reads — writes it; otherwise the Phoenix phrases written
// with it ("PEOPLE'S_REPUBLIC_OF_CHINA") never match.
func splitWords(s string) []string {
	s = upper(s)
	words := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '_' || r == '\t' })
	for i := 0; i < len(words); i++ {
		if base, pos := possessive(words[i]); pos != "" {
			words = slices.Insert(words, i+1, pos)
			words[i] = base
			i++
		}
	}
	return words
}

// possessive splits a word-final possessive as the tokenizer does:
// "PEOPLE'S" → "PEOPLE", "'S"; "TEACHERS'" → "TEACHERS", "'". pos is ""
// for any other word.
func possessive(w string) (base, pos string) {
	switch {
	case len(w) > 2 && strings.HasSuffix(w, "'S"):
		return w[:len(w)-2], "'S"
	case len(w) > 2 && strings.HasSuffix(w, "S'"):
		return w[:len(w)-1], "'"
	}
	return w, ""
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

// upper upper-cases s, without allocating when it has no lower-case letter.
func upper(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'a' && c <= 'z' || c >= 0x80 {
			return strings.ToUpper(s)
		}
	}
	return s
}
