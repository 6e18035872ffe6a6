// Package token splits English news text into Penn Treebank-style tokens that
// keep their byte offsets into the text they came from.
package token

import (
	"unicode"
	"unicode/utf8"
)

// Token is one word or punctuation mark.
type Token struct {
	// Word is the token in Penn Treebank form. It is the text itself except
	// for quotes (``, '', `, '), dashes (--), ellipses (...) and the curly
	// apostrophe in contractions ('s, n't), which are normalised, and
	// for the words of an all-caps headline that package tag lower-cases
	// when it tags them as no names.
	Word string
	// Start and End are the byte offsets of the token in the text, plus the
	// base given to Append: text[Start-base:End-base] is what was written.
	Start, End int
	// Tag is the part-of-speech tag, set by package tag.
	Tag string
}

// maxTokens bounds the tokens of one call, so that a pathological input
// cannot grow the output without limit. Longer texts are cut there.
const maxTokens = 1 << 16

// Append tokenizes text and appends its tokens to dst. Offsets are
// text offsets plus base, so a sentence tokenized on its own can carry
// offsets into its document. Append does not allocate beyond growing dst.
func Append(dst []Token, text string, base int) []Token {
	t := tokenizer{dst: dst, text: text, base: base, limit: len(dst) + maxTokens}
	t.run()
	return t.dst
}

// Tokenize returns the tokens of text with offsets into text.
func Tokenize(text string) []Token { return Append(nil, text, 0) }

type tokenizer struct {
	dst   []Token
	text  string
	base  int
	limit int
	// trailing tokens of the current chunk, peeled from the right and
	// emitted in reverse.
	tail  [16]Token
	ntail int
	next  byte // first byte of the next chunk; 0 at the end of the text
}

func (t *tokenizer) emit(word string, s, e int) {
	if len(t.dst) >= t.limit {
		return
	}
	t.dst = append(t.dst, Token{Word: word, Start: s + t.base, End: e + t.base})
}

func (t *tokenizer) run() {
	text := t.text
	i := 0
	for i < len(text) && len(t.dst) < t.limit {
		r, w := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(text[i:])
		}
		if isSpace(r) {
			i += w
			continue
		}
		j := i + w
		for j < len(text) {
			r, w := rune(text[j]), 1
			if r >= utf8.RuneSelf {
				r, w = utf8.DecodeRuneInString(text[j:])
			}
			if isSpace(r) {
				break
			}
			j += w
		}
		t.next = nextByte(text, j)
		t.chunk(i, j, t.next == 0)
		i = j
	}
}

// nextByte returns the first byte of the next chunk after i, or 0 at the end.
func nextByte(s string, i int) byte {
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !isSpace(r) {
			return s[i]
		}
		i += w
	}
	return 0
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x85, 0xA0, 0x200B, 0xFEFF:
		return true
	}
	return r > 0xFF && unicode.IsSpace(r)
}

// chunk tokenizes text[s:e], a run of non-space characters. last tells
// whether it ends the text.
func (t *tokenizer) chunk(s, e int, last bool) {
	if isURL(t.text[s:e]) {
		t.ntail = 0
		e = t.peelTail(s, e, last, true)
		t.emit(t.text[s:e], s, e)
		t.flushTail()
		return
	}
	// Split at inner dashes, ellipses and stray quotes, then peel each piece.
	p := s
	for i := s; i < e; {
		if !sepStart[t.text[i]] {
			i++ // a byte that cannot start a separator; continuation bytes too
			continue
		}
		if n, word := innerSep(t.text, i, s, e); n > 0 {
			if i > p {
				t.piece(p, i, false)
			}
			if word != "" {
				t.emit(word, i, i+n)
			}
			i += n
			p = i
			continue
		}
		_, w := utf8.DecodeRuneInString(t.text[i:e])
		i += w
	}
	if p < e {
		t.piece(p, e, last)
	}
}

// sepStart marks the bytes innerSep can match at.
var sepStart = [256]bool{'-': true, '.': true, 0xE2: true, ',': true, ';': true, '"': true, '_': true}

// innerSep reports a separator token at i inside the chunk [s,e): its length
// in bytes and Treebank word, or 0.
func innerSep(text string, i, s, e int) (int, string) {
	c := text[i]
	switch {
	case c == '-' && i+1 < e && text[i+1] == '-':
		n := 2
		for i+n < e && text[i+n] == '-' {
			n++
		}
		return n, "--"
	case c == '.' && i+2 < e && text[i+1] == '.' && text[i+2] == '.':
		n := 3
		for i+n < e && text[i+n] == '.' {
			n++
		}
		return n, "..."
	case c == 0xE2 && i+2 < e && text[i+1] == 0x80:
		switch text[i+2] {
		case 0x94, 0x95: // — ―
			return 3, "--"
		case 0x93: // – between words; kept between digits ("1990–95")
			if i > s && i+3 < e && isDigit(text[i-1]) && isDigit(text[i+3]) {
				return 0, ""
			}
			return 3, "--"
		case 0xA6: // …
			return 3, "..."
		}
	case c == ',' && i > s && i+1 < e && isWordByte(text[i+1]) && isWordByte(text[i-1]) && !(isDigit(text[i-1]) && isDigit(text[i+1])) && !closingQuoteAt(text, i+1, e):
		return 1, ","
	case c == '_' && i > s && i+1 < e && t0(text, s) != '@' && isLetterByte(text[i-1]) && isLetterByte(text[i+1]):
		// "Dol_Amroth": PETRARCH joins the words of names with underscores
		return 1, ""
	case c == ';' && i > s && i+1 < e:
		return 1, ";"
	case c == '"' && i > s && i+1 < e:
		// a quote glued between words: `said"no` — open if a letter follows
		if isLetterByte(text[i+1]) && !isLetterByte(text[i-1]) {
			return 1, "``"
		}
		if !isLetterByte(text[i+1]) {
			return 0, ""
		}
		return 1, "''"
	}
	return 0, ""
}

func t0(text string, s int) byte { return text[s] }

func isDigit(c byte) bool      { return '0' <= c && c <= '9' }
func isLetterByte(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= 0x80 }

// closingQuoteAt reports whether text[i:e] starts with a closing curly
// quote (” or ’). A comma before one ends a quotation ("aggression,” Tusk
// told"): splitting there would leave the quote alone at a piece's head,
// where it reads as opening, and the speaker's name would be quoted.
func closingQuoteAt(text string, i, e int) bool {
	return i+2 < e && text[i] == 0xE2 && text[i+1] == 0x80 && (text[i+2] == 0x9D || text[i+2] == 0x99)
}

// isURL reports whether a chunk is a URL, e-mail address or handle that must
// stay one token.
func isURL(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if s[i] == ':' && s[i+1] == '/' && s[i+2] == '/' {
			return true
		}
	}
	if len(s) > 4 && (s[:4] == "www." || s[:4] == "WWW.") {
		return true
	}
	at := -1
	for i := 0; i < len(s); i++ {
		if s[i] == '@' {
			at = i
			break
		}
	}
	if at > 0 {
		for i := at + 1; i+1 < len(s); i++ {
			if s[i] == '.' && isLetterByte(s[i+1]) {
				return true
			}
		}
	}
	return false
}

// piece tokenizes one separator-free piece text[s:e].
func (t *tokenizer) piece(s, e int, last bool) {
	s = t.peelHead(s, e)
	t.ntail = 0
	e = t.peelTail(s, e, last, false)
	if s < e {
		e = t.splitClitic(s, e)
		if s < e {
			t.emit(t.text[s:e], s, e)
		}
	}
	t.flushTail()
}

func (t *tokenizer) flushTail() {
	for k := t.ntail - 1; k >= 0; k-- {
		tok := t.tail[k]
		t.emit(tok.Word, tok.Start, tok.End)
	}
	t.ntail = 0
}

func (t *tokenizer) pushTail(word string, s, e int) bool {
	if t.ntail == len(t.tail) {
		return false
	}
	t.tail[t.ntail] = Token{Word: word, Start: s, End: e}
	t.ntail++
	return true
}

// peelHead emits opening punctuation at the start of text[s:e] and returns
// where the rest starts.
func (t *tokenizer) peelHead(s, e int) int {
	for s < e {
		r, w := utf8.DecodeRuneInString(t.text[s:e])
		var word string
		switch r {
		case '"', '“', '„', '«', '”': // ” also opens quotes in some feeds
			word = "``"
		case '`', '‘':
			if s+w < e && t.text[s+w] == '`' {
				t.emit("``", s, s+2)
				s += 2
				continue
			}
			word = "`"
		case '\'':
			if s+1 < e && t.text[s+1] == '\'' {
				t.emit("``", s, s+2)
				s += 2
				continue
			}
			if isYearAbbrev(t.text[s:e]) { // '90s
				return s
			}
			word = "`"
		case '(', '[', '{', '$', '#', '£', '€', '¥', '*', '¿', '¡', '<', '‹', '/', '&', '@', ':', ';', ',', '!', '?', '|', '~', '+', '=', '\\', '^':
			if (r == '+' || r == '@' || r == '#' || r == '&') && s+w < e && isWordByte(t.text[s+w]) {
				if r != '#' && r != '+' {
					return s // "@handle", "&amp"
				}
				if r == '+' && !isDigit(t.text[s+w]) {
					return s
				}
			}
			word = t.text[s : s+w]
		case '-':
			if s+w < e && isDigit(t.text[s+w]) {
				return s // a negative number
			}
			word = "-"
			if s+w == e {
				word = "--"
			}
		case '.':
			if s+w < e && isDigit(t.text[s+w]) {
				return s // ".5"
			}
			word = "."
		default:
			if r == utf8.RuneError && w == 1 {
				word = t.text[s : s+1]
				break
			}
			return s
		}
		t.emit(word, s, s+w)
		s += w
	}
	return s
}

func isWordByte(c byte) bool { return isLetterByte(c) || isDigit(c) || c == '_' }

func isYearAbbrev(s string) bool {
	return len(s) >= 3 && isDigit(s[1]) && isDigit(s[2])
}

// peelTail pushes closing punctuation at the end of text[s:e] onto the tail
// stack and returns where the rest ends.
func (t *tokenizer) peelTail(s, e int, last, url bool) int {
	for e > s {
		r, w := utf8.DecodeLastRuneInString(t.text[s:e])
		var word string
		switch r {
		case '"', '”', '»', '“':
			word = "''"
		case '’', '\'':
			if url {
				return e
			}
			word = "'"
			if r == '\'' && e-w-s >= 1 && t.text[e-w-1] == '\'' {
				if !t.pushTail("''", e-w-1, e) {
					return e
				}
				e -= w + 1
				continue
			}
		case ')', ']', '}', ',', ';', ':', '!', '?', '%', '>', '›', '*', '|', '¢', '°':
			if url && (r == '%' || r == '>' || r == '*') {
				return e
			}
			word = t.text[e-w : e]
		case '.':
			if e-w == s {
				word = "."
				break
			}
			if e-s >= 3 && t.text[e-2] == '.' && t.text[e-3] == '.' {
				n := 3
				for e-n-1 >= s && t.text[e-n-1] == '.' {
					n++
				}
				if !t.pushTail("...", e-n, e) {
					return e
				}
				e -= n
				continue
			}
			if url {
				word = "."
				break
			}
			switch Abbrev(t.text[s:e]) {
			case Title, Other:
				return e // "Gen.", "U.S.", "J." keep their period
			case Numeric:
				if t.ntail == 0 && (isDigit(t.next) || t.next == '#') {
					return e // "No. 5"
				}
			}
			word = "."
		case '-':
			if url || e-w == s || isLetterByte(t.text[e-w-1]) {
				return e // "anti-", "pro-": a prefix whose word follows
			}
			word = "-"
		default:
			if r == utf8.RuneError && w == 1 {
				word = t.text[e-1 : e]
				break
			}
			return e
		}
		if !t.pushTail(word, e-w, e) {
			return e
		}
		e -= w
	}
	return e
}

// splitClitic splits a contraction or possessive off the end of the word
// text[s:e] onto the tail and returns the end of the stem.
func (t *tokenizer) splitClitic(s, e int) int {
	w := t.text[s:e]
	n := len(w)
	// n't, n’t
	if n >= 4 && (hasSuffixFold(w, "n't") || hasSuffixFold(w, "n’t")) {
		k := 3
		if hasSuffixFold(w, "n’t") {
			k = 5
		}
		if n-k >= 1 {
			t.pushTail("n't", e-k, e)
			return e - k
		}
	}
	if n == 6 && hasSuffixFold(w, "cannot") {
		t.pushTail(w[3:], e-3, e)
		return e - 3
	}
	// 's 're 've 'll 'd 'm after an apostrophe
	for i := n - 1; i >= 1 && i >= n-5; i-- {
		var ap int
		switch {
		case w[i] == '\'':
			ap = 1
		case i >= 2 && w[i-2:i+1] == "’":
			ap = 3
			i -= 2
		default:
			continue
		}
		suf := w[i+ap:]
		var norm string
		switch lower2(suf) {
		case "s":
			norm = "'s"
		case "re":
			norm = "'re"
		case "ve":
			norm = "'ve"
		case "ll":
			norm = "'ll"
		case "d":
			norm = "'d"
		case "m":
			norm = "'m"
		default:
			return e
		}
		if i == 0 {
			return e
		}
		if ap == 1 {
			norm = w[i:]
		}
		t.pushTail(norm, s+i, e)
		return s + i
	}
	return e
}

func lower2(s string) string {
	switch len(s) {
	case 1:
		switch s {
		case "s", "S":
			return "s"
		case "d", "D":
			return "d"
		case "m", "M":
			return "m"
		}
	case 2:
		switch s {
		case "re", "RE", "Re":
			return "re"
		case "ve", "VE", "Ve":
			return "ve"
		case "ll", "LL", "Ll":
			return "ll"
		}
	}
	return ""
}

func hasSuffixFold(s, suf string) bool {
	if len(s) < len(suf) {
		return false
	}
	tail := s[len(s)-len(suf):]
	for i := 0; i < len(suf); i++ {
		a, b := tail[i], suf[i]
		if 'A' <= a && a <= 'Z' {
			a += 'a' - 'A'
		}
		if a != b {
			return false
		}
	}
	return true
}
