package topic

import (
	"unicode"
	"unicode/utf8"
)

// Topic matching looks at words only: runs of letters and digits. Everything
// else — spaces, punctuation, hyphens, apostrophes — separates words, so the
// phrases of a dictionary and the text are cut the same way and "cyber-attack",
// "cyber attack" and "Cyber Attack" all read as the words "cyber" "attack".
// This is deliberately simpler (and several times cheaper) than the Penn
// Treebank tokens of package token: topic tagging runs on every sentence and
// needs no punctuation.

// nextWord returns the byte range [start, end) of the first word of s at or
// after i, and start == len(s) when there is none.
func nextWord(s string, i int) (start, end int) {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if isWordByte(c) {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			break
		}
		i += n
	}
	start = i
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if !isWordByte(c) {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			break
		}
		i += n
	}
	return start, i
}

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))
}

// lower appends the lower-case form of word to buf and returns it.
func lower(buf []byte, word string) []byte {
	buf, _ = lowerHash(buf, word)
	return buf
}

// lowerHash appends the lower-case form of word to buf and returns it with
// the FNV-1a hash of the bytes appended.
func lowerHash(buf []byte, word string) ([]byte, uint32) {
	h := uint32(2166136261)
	for i := 0; i < len(word); {
		c := word[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
			h = (h ^ uint32(c)) * 16777619
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(word[i:])
		k := len(buf)
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
		for _, b := range buf[k:] {
			h = (h ^ uint32(b)) * 16777619
		}
		i += n
	}
	return buf, h
}

// filter is a Bloom filter over the vocabulary: two bits per word, chosen
// by the halves of its hash. Most words of a text are in no phrase, and the
// filter turns them away before the vocabulary map is consulted.
type filter [1 << 10]uint64 // 65,536 bits

func (f *filter) add(h uint32) {
	a, b := h&0xffff, h>>16
	f[a>>6] |= 1 << (a & 63)
	f[b>>6] |= 1 << (b & 63)
}

func (f *filter) has(h uint32) bool {
	a, b := h&0xffff, h>>16
	return f[a>>6]&(1<<(a&63)) != 0 && f[b>>6]&(1<<(b&63)) != 0
}

// splitWords returns the lower-cased words of s.
func splitWords(s string) []string {
	var out []string
	for i := 0; ; {
		start, end := nextWord(s, i)
		if start == len(s) {
			return out
		}
		out = append(out, string(lower(nil, s[start:end])))
		i = end
	}
}
