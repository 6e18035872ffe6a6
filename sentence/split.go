// Package sentence splits document text into sentences, knowing the
// abbreviations, titles, initials, numbers and quotes of English news.
package sentence

import (
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/token"
)

// MaxLen is the longest sentence in bytes. Longer runs without a sentence
// end (tables, lists, binary junk) are cut at a space before it, so that the
// stages after segmentation see bounded input.
const MaxLen = 4096

// Split segments doc.Text, sets doc.Sentences and returns them. Sentence
// spans are byte offsets into doc.Text; ids are "DOCID#N".
func Split(doc *dyad.Document) []dyad.Sentence {
	spans := Spans(nil, doc.Text)
	out := make([]dyad.Sentence, len(spans))
	for i, sp := range spans {
		out[i] = dyad.Sentence{
			Doc:   doc.ID,
			Index: i,
			ID:    doc.ID + "#" + strconv.Itoa(i+1),
			Text:  doc.Text[sp.Start:sp.End],
			Span:  sp,
			Date:  doc.Date,
		}
	}
	doc.Sentences = out
	return out
}

// Spans appends the spans of the sentences of text to dst, in order. Spans
// start and end on non-space characters; text between them is white space.
func Spans(dst []dyad.Span, text string) []dyad.Span {
	start := -1 // start of the current sentence, -1 between sentences
	i := 0
	for i < len(text) {
		c := text[i]
		r, w := rune(c), 1
		if c >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(text[i:])
		}
		if isSpace(r) {
			if c == '\n' && start >= 0 && (paragraphBreak(text, i) || headline(text, start, i)) {
				dst = appendSpan(dst, text, start, i)
				start = -1
			}
			i += w
			continue
		}
		if start < 0 {
			start = i
		}
		if i-start >= MaxLen {
			cut := lastSpace(text, start, i)
			dst = appendSpan(dst, text, start, cut)
			start = -1
			i = cut
			continue
		}
		if c == '.' || c == '!' || c == '?' || r == '…' || r == '。' {
			if end, ok := sentenceEnd(text, start, i); ok {
				dst = appendSpan(dst, text, start, end)
				start = -1
				i = end
				continue
			}
		}
		i += w
	}
	if start >= 0 {
		dst = appendSpan(dst, text, start, len(text))
	}
	return dst
}

// appendSpan appends text[s:e] without trailing white space.
func appendSpan(dst []dyad.Span, text string, s, e int) []dyad.Span {
	for e > s {
		r, w := utf8.DecodeLastRuneInString(text[s:e])
		if !isSpace(r) {
			break
		}
		e -= w
	}
	if e > s {
		dst = append(dst, dyad.Span{Start: s, End: e})
	}
	return dst
}

func lastSpace(text string, s, e int) int {
	for j := e; j > s+MaxLen/2; j-- {
		if text[j] == ' ' || text[j] == '\n' {
			return j
		}
	}
	for e < len(text) && !utf8.RuneStart(text[e]) {
		e++
	}
	return e
}

// headline reports whether the line ending at the newline i is a title-case
// line without final punctuation ("Rebels Seize Town") that fills the
// current sentence from its start: a headline above the story.
func headline(text string, start, i int) bool {
	ls := i
	for ls > 0 && text[ls-1] != '\n' {
		ls--
	}
	if ls > start {
		return false
	}
	words := 0
	atWord := true
	for j := start; j < i; j++ {
		c := text[j]
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			atWord = true
		case atWord:
			atWord = false
			words++
			if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= utf8.RuneSelf || c == '"' || c == '\'') {
				if !smallWords[wordAt(text, j, i)] {
					return false
				}
			}
		}
	}
	if words < 2 {
		return false
	}
	next, _ := nextWord(text, i)
	return unicode.IsUpper(next) || next == '"' || next == '“'
}

func wordAt(text string, j, end int) string {
	k := j
	for k < end && text[k] != ' ' && text[k] != '\t' && text[k] != '\r' {
		k++
	}
	return text[j:k]
}

// smallWords may stay lower case in a title-case headline.
var smallWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "in": true, "on": true, "at": true, "to": true,
	"for": true, "and": true, "or": true, "but": true, "with": true, "by": true, "as": true, "vs": true,
}

// paragraphBreak reports whether the newline at i starts a blank line.
func paragraphBreak(text string, i int) bool {
	for j := i + 1; j < len(text); j++ {
		switch text[j] {
		case '\n':
			return true
		case ' ', '\t', '\r':
			continue
		}
		return false
	}
	return false
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x85, 0xA0:
		return true
	}
	return r > 0xFF && unicode.IsSpace(r)
}

// sentenceEnd decides whether the terminal punctuation at i ends the sentence
// that began at start, and if so returns the end of the sentence (after
// closing quotes and brackets).
func sentenceEnd(text string, start, i int) (int, bool) {
	// The run of terminal punctuation: ".", "?!", "...", "…".
	j := i
	period := text[i] == '.'
	for j < len(text) {
		c := text[j]
		if c == '.' || c == '!' || c == '?' {
			j++
			continue
		}
		if r, w := utf8.DecodeRuneInString(text[j:]); r == '…' || r == '。' {
			j += w
			continue
		}
		break
	}
	single := period && j == i+1
	// Closing quotes and brackets stay with the sentence.
	quoted := false
	for j < len(text) {
		r, w := utf8.DecodeRuneInString(text[j:])
		if r == '"' || r == '\'' || r == '”' || r == '’' || r == ')' || r == ']' || r == '»' {
			quoted = true
			j += w
			continue
		}
		break
	}
	if j == len(text) {
		return j, true
	}
	// A sentence end is followed by white space: "3.5", "U.S.-led" are not.
	r, _ := utf8.DecodeRuneInString(text[j:])
	if !isSpace(r) {
		return 0, false
	}
	next, nextWord := nextWord(text, j)
	if next == 0 {
		return j, true
	}
	if unicode.IsLower(next) {
		return 0, false
	}
	if !single || quoted {
		return j, true
	}
	word := wordBefore(text, start, i+1)
	switch token.Abbrev(word) {
	case token.Title:
		return 0, false // "Gen. Smith", "J. R. R. Tolkien"
	case token.Numeric:
		if unicode.IsDigit(next) {
			return 0, false // "No. 5"
		}
	case token.Other:
		// "the U.S. The talks..." ends; "U.S. President", "Acme Inc. shares" do not.
		return j, starters[nextWord]
	}
	return j, true
}

// nextWord returns the first rune of the next word after i and the word
// without trailing punctuation.
func nextWord(text string, i int) (rune, string) {
	for i < len(text) {
		r, w := utf8.DecodeRuneInString(text[i:])
		if !isSpace(r) {
			break
		}
		i += w
	}
	if i == len(text) {
		return 0, ""
	}
	first, _ := utf8.DecodeRuneInString(text[i:])
	// skip opening quotes
	for i < len(text) && (text[i] == '"' || text[i] == '\'' || text[i] == '(') {
		i++
	}
	j := i
	for j < len(text) && (text[j] >= 'a' && text[j] <= 'z' || text[j] >= 'A' && text[j] <= 'Z' || text[j] == '\'') {
		j++
	}
	return first, text[i:j]
}

// wordBefore returns the word that ends at e (the period included), without
// opening quotes or brackets.
func wordBefore(text string, start, e int) string {
	s := e
	for s > start {
		r, w := utf8.DecodeLastRuneInString(text[start:s])
		if isSpace(r) || r == '"' || r == '(' || r == '“' || r == '\'' || r == '[' {
			break
		}
		s -= w
	}
	return text[s:e]
}

// starters are capitalised words that begin sentences and rarely follow an
// abbreviation inside one. After "U.S." or "Inc." they mark a new sentence.
var starters = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true,
	"We": true, "I": true, "You": true, "This": true, "That": true, "These": true, "Those": true,
	"There": true, "But": true, "And": true, "Or": true, "So": true, "Yet": true, "However": true,
	"In": true, "On": true, "At": true, "As": true, "After": true, "Before": true, "When": true,
	"While": true, "If": true, "Although": true, "Though": true, "Since": true, "Because": true,
	"Its": true, "His": true, "Her": true, "Their": true, "Our": true, "My": true, "Meanwhile": true,
	"Earlier": true, "Later": true, "Last": true, "Now": true, "Then": true, "Still": true,
	"Also": true, "Some": true, "Many": true, "Most": true, "Officials": true, "Police": true,
	"According": true, "Both": true, "Such": true, "What": true, "Who": true, "Why": true, "How": true,
	"No": true, "Not": true, "One": true, "Two": true, "Three": true, "For": true, "From": true,
	"Under": true, "During": true, "Despite": true, "Asked": true, "Speaking": true,
}
