package clean

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// A shifted letter is an ASCII letter replaced by the character a constant
// number of code points above it, at the start of a word ("Ĭhinese" is 'C' +
// 0xE9). Damaged text usually shows it at paragraph starts, glued to the
// sentence before ("relies.Ĭhinese"); the paragraph break is restored by
// fixGlued after the letter is.

// shiftCand is a word that may start with a shifted letter.
type shiftCand struct {
	at, n int    // byte offset and length of the odd character
	r     rune   // the odd character
	rest  string // the ASCII lowercase letters after it
	glued bool   // follows sentence punctuation or a line start
}

// fixShifted finds the offset from the document itself: the one offset that
// maps the most odd word-initial characters to ASCII letters making known
// words (English function words or words found elsewhere in the document)
// and the most capitals where paragraphs start. Words that stand where a
// paragraph starts are restored; others only when they become known words.
func fixShifted(s string, _ *run) *edit {
	cands := shiftCandidates(s)
	voters := 0
	for _, c := range cands {
		if len(c.rest) > 0 {
			voters++
		}
	}
	if voters < 2 {
		return nil
	}
	// For each offset that turns a candidate into an ASCII letter, count the
	// candidates that become known words and those whose restored case fits
	// their place (a capital glued after sentence punctuation).
	var vocab map[string]int // made when a word is not a common one
	known := func(l rune, rest string) bool {
		w := strings.ToLower(string(l) + rest)
		if isCommonWord(w) {
			return true
		}
		if vocab == nil {
			vocab = vocabulary(s)
		}
		return vocab[w] > 0
	}
	type tally struct {
		letters, known, fit int
	}
	votes := map[rune]*tally{}
	for _, c := range cands {
		if len(c.rest) == 0 {
			continue
		}
		for _, l := range "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz" {
			d := c.r - l
			if d < 0x40 {
				continue
			}
			t := votes[d]
			if t == nil {
				t = &tally{}
				votes[d] = t
			}
			t.letters++
			if known(l, c.rest) {
				t.known++
			}
			if c.glued == (l <= 'Z') {
				t.fit++ // a capital where a paragraph starts, else a small letter
			}
		}
	}
	// An offset needs two candidates, one of them a known word, and a second
	// known word or a second letter of the case its place wants.
	best, bestN := rune(0), 0
	for d, t := range votes {
		if t.letters < 2 || t.known < 1 || t.known < 2 && t.fit < 2 {
			continue
		}
		n := 3*t.known + t.fit + t.letters
		if n > bestN || (n == bestN && d < best) {
			best, bestN = d, n
		}
	}
	if bestN == 0 {
		return nil
	}
	e := newEdit(s)
	e.detail = fmt.Sprintf("offset 0x%X", best)
	start := 0
	for _, c := range cands {
		l := c.r - best
		if !isASCIILetter(l) || !(c.glued || known(l, c.rest)) {
			continue
		}
		e.copy(start, c.at)
		e.put(string(l))
		e.note(s[c.at:c.at+c.n]+c.rest, string(l)+c.rest)
		start = c.at + c.n
	}
	return finish(e, start)
}

// shiftCandidates lists the words made of a non-ASCII character followed by
// ASCII lower-case letters (perhaps none, as in "A") and a word end.
func shiftCandidates(s string) []shiftCand {
	var out []shiftCand
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || !wordStart(s, i) {
			i += n
			continue
		}
		j := i + n
		for j < len(s) && s[j] >= 'a' && s[j] <= 'z' {
			j++
		}
		if j == len(s) || !isWordByte(s[j]) {
			out = append(out, shiftCand{at: i, n: n, r: r, rest: s[i+n : j], glued: gluedStart(s, i)})
		}
		i = j
	}
	return out
}

// wordStart reports whether s[i] begins a word: it follows the text start,
// a space or punctuation.
func wordStart(s string, i int) bool {
	if i == 0 {
		return true
	}
	p, _ := utf8.DecodeLastRuneInString(s[:i])
	return p < utf8.RuneSelf && !isWordByte(byte(p)) || p == '”' || p == '’' || p == '“' || p == '\u00A0'
}

// gluedStart reports whether s[i] starts a line or directly follows sentence
// punctuation, where a paragraph-initial capital stands.
func gluedStart(s string, i int) bool {
	k := i
	for k > 0 {
		p, n := utf8.DecodeLastRuneInString(s[:k])
		if p == '"' || p == '\'' || p == ')' || p == '”' || p == '’' {
			k -= n
			continue
		}
		return p == '.' || p == '!' || p == '?' || p == '\n'
	}
	return true
}

func isASCIILetter(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' }

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= utf8.RuneSelf
}

// vocabulary counts the lower-cased ASCII words of two letters or more in
// s, leaving out words glued to a non-ASCII character ("Ĭhinese" gives no
// "hinese"). Keys are allocated once per distinct word.
func vocabulary(s string) map[string]int {
	v := make(map[string]int, len(s)/16)
	var buf [32]byte
	for i := 0; i < len(s); {
		if !isASCIILetter(rune(s[i])) {
			i++
			continue
		}
		j := i
		for j < len(s) && isASCIILetter(rune(s[j])) {
			j++
		}
		if j-i >= 2 && j-i <= len(buf) && (i == 0 || s[i-1] < utf8.RuneSelf) && (j == len(s) || s[j] < utf8.RuneSelf) {
			w := buf[:j-i]
			for k := range w {
				w[k] = s[i+k] | 0x20
			}
			if n, ok := v[string(w)]; ok {
				v[string(w)] = n + 1
			} else {
				v[string(w)] = 1
			}
		}
		i = j
	}
	return v
}
