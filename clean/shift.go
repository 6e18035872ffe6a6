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
	inner bool   // directly follows a lower-case letter: a lost paragraph break
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
		if c.votes() {
			voters++
		}
	}
	if voters < 2 {
		return nil
	}
	// For each offset that turns a candidate into an ASCII letter, count the
	// candidates that become known words and those whose restored case fits
	// their place (a capital glued after sentence punctuation).
	// Letters that make each candidate's rest a word elsewhere in the text,
	// found once per distinct rest.
	found := map[string]uint32{}
	var buf [32]byte
	known := func(l rune, rest string) bool {
		if len(rest)+1 > len(buf) {
			return false
		}
		w := buf[:len(rest)+1]
		w[0] = byte(l) | 0x20
		copy(w[1:], rest)
		if isCommonWord(string(w)) {
			return true
		}
		m, ok := found[rest]
		if !ok {
			if len(found) >= maxRests {
				return false // a text full of odd words: search no more
			}
			m = lettersBefore(s, rest)
			found[rest] = m
		}
		return m&(1<<(l|0x20-'a')) != 0
	}
	type tally struct {
		letters, known, fit int
	}
	votes := map[rune]*tally{}
	for _, c := range cands {
		if !c.votes() {
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
		if !isASCIILetter(l) || !(c.glued || c.votes() && known(l, c.rest)) || c.inner && l > 'Z' {
			continue
		}
		e.copy(start, c.at)
		if c.inner {
			e.put("\n\n")
		}
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
		inner := i > 0 && s[i-1] >= 'a' && s[i-1] <= 'z'
		if r == utf8.RuneError || !inner && !wordStart(s, i) {
			i += n
			continue
		}
		j := i + n
		lower := true
		for j < len(s) && isASCIILetter(rune(s[j])) {
			lower = lower && s[j] >= 'a'
			j++
		}
		switch {
		case j < len(s) && isWordByte(s[j]):
			// not a whole word
		case inner:
			// Glued to the end of a line without punctuation ("Li
			// WenĽEHRAN"): only an all-capitals word, restored when the
			// offset is known.
			if j-(i+n) >= 2 && !lower {
				out = append(out, shiftCand{at: i, n: n, r: r, rest: s[i+n : j], glued: true, inner: true})
			}
		case lower || j-(i+n) >= 2:
			out = append(out, shiftCand{at: i, n: n, r: r, rest: s[i+n : j], glued: gluedStart(s, i)})
		}
		i = max(j, i+n)
	}
	return out
}

// votes reports whether the candidate helps find the offset: a word in
// small letters after the odd character.
func (c shiftCand) votes() bool {
	if c.inner || c.rest == "" {
		return false
	}
	for i := 0; i < len(c.rest); i++ {
		if c.rest[i] < 'a' {
			return false
		}
	}
	return true
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

// maxRests bounds the words searched for in one text, so a long text full
// of non-ASCII words costs a bounded number of scans.
const maxRests = 64

// lettersBefore returns the set (bit i for 'a'+i) of ASCII letters that,
// put before rest, make a whole word found in s in either case.
func lettersBefore(s, rest string) uint32 {
	var m uint32
	for i := 1; i < len(s); {
		k := strings.Index(s[i:], rest)
		if k < 0 {
			break
		}
		at := i + k
		i = at + 1
		c := s[at-1]
		if !isASCIILetter(rune(c)) {
			continue
		}
		if at >= 2 && isWordByte(s[at-2]) || at+len(rest) < len(s) && isWordByte(s[at+len(rest)]) {
			continue
		}
		m |= 1 << (c | 0x20 - 'a')
	}
	return m
}

// countWords counts in counts (made when nil) how often each word of want
// occurs in s as a lower-cased ASCII word.
func countWords(s string, want map[string]int, counts map[string]int) map[string]int {
	if counts == nil {
		counts = map[string]int{}
	}
	var fresh map[string]bool // words not counted by an earlier call
	for w := range want {
		if _, ok := counts[w]; !ok {
			if fresh == nil {
				fresh = map[string]bool{}
			}
			fresh[w] = true
			counts[w] = 0
		}
	}
	if fresh == nil {
		return counts
	}
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
		if j-i <= len(buf) && (i == 0 || s[i-1] < utf8.RuneSelf) && (j == len(s) || s[j] < utf8.RuneSelf) {
			w := buf[:j-i]
			for k := range w {
				w[k] = s[i+k] | 0x20
			}
			if fresh[string(w)] {
				counts[string(w)]++
			}
		}
		i = j
	}
	return counts
}
