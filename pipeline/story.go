package pipeline

import (
	"strings"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// storyBreak reports whether sentence s of doc begins a story of its own,
// so that no reference in it or after it resolves to an actor of the
// stories before (coref.Resolver.Break). Scraped pages and digests glue
// stories together; two signs of the seam are kept here because a reader
// sees them at once: a dateline opening the sentence ("LONDON, March 4
// (Reuters) - …", "KYIV — …"), and a paragraph of a few words with no
// closing punctuation (a heading such as "Related coverage" or a roundup's
// "MYANMAR"). The first sentence of a document is no break.
func storyBreak(text string, s *dyad.Sentence) bool {
	if s.Index == 0 {
		return false
	}
	return dateline(s.Text) || headingParagraph(text, s.Span)
}

// dateline reports whether t opens with a wire dateline: a place in capitals,
// an optional date after a comma, an optional agency in brackets, and a dash.
func dateline(t string) bool {
	i, letters := 0, 0
	for ; i < len(t); i++ {
		c := t[i]
		if c >= 'A' && c <= 'Z' {
			letters++
		} else if c != ' ' && c != '.' && c != '\'' && c != '/' && c != '-' || c == '-' && (i+1 == len(t) || t[i+1] == ' ') {
			break
		}
	}
	if letters < 3 {
		return false
	}
	// The place is followed at once by its date, its agency or the dash:
	// "NATO leaders met - …" is a sentence, not a dateline.
	rest := strings.TrimLeft(t[i:], " ")
	if r, _ := utf8.DecodeRuneInString(rest); rest == "" || !strings.ContainsRune(",(-—–", r) {
		return false
	}
	if len(rest) > 60 {
		rest = rest[:60]
	}
	for _, dash := range [...]string{"- ", "— ", "– "} {
		if k := strings.Index(rest, dash); k >= 0 {
			head := rest[:k]
			// What stands between the place and the dash: a date, an agency.
			return !strings.ContainsAny(head, ".;:!?") || strings.HasSuffix(strings.TrimSpace(head), ")")
		}
	}
	return false
}

// headingParagraph reports whether span is a paragraph of its own (blank
// lines or the text's ends around it) of at most eight words that does not
// end as a sentence does.
func headingParagraph(text string, span dyad.Span) bool {
	t := strings.TrimSpace(text[span.Start:span.End])
	if t == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	switch r {
	case '.', '!', '?', '"', '\'', '”', '’', ')', ':', ';', ',':
		return false
	}
	if strings.Count(t, " ") > 7 {
		return false
	}
	return blankLine(text[:span.Start], true) && blankLine(text[span.End:], false)
}

// blankLine reports whether s, read backwards from its end (before) or
// forwards from its start, reaches a blank line or the text's end through
// white space alone.
func blankLine(s string, before bool) bool {
	newlines := 0
	for k := 0; k < len(s); k++ {
		c := s[k]
		if before {
			c = s[len(s)-1-k]
		}
		switch c {
		case '\n':
			newlines++
			if newlines == 2 {
				return true
			}
		case ' ', '\t', '\r':
		default:
			return false
		}
	}
	return true
}
