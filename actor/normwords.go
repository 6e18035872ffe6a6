package actor

import (
	"bytes"
	"strings"
)

// normWords appends the words normalised (normWord) to dst. They are
// written into one buffer and share one string, not a lower-case copy each:
// Title reads every capitalised phrase of every sentence.
func normWords(dst, words []string) []string {
	var spans [16][2]int
	if len(words) > len(spans) {
		for _, w := range words {
			dst = append(dst, normWord(w))
		}
		return dst
	}
	var buf [256]byte
	b := buf[:0]
	for k, w := range words {
		start := len(b)
		b = appendNorm(b, w)
		spans[k] = [2]int{start, len(b)}
	}
	all := string(b)
	for k := range words {
		dst = append(dst, all[spans[k][0]:spans[k][1]])
	}
	return dst
}

// appendNorm appends normWord(w) to b.
func appendNorm(b []byte, w string) []byte {
	start := len(b)
	if isASCII(w) {
		for i := 0; i < len(w); i++ {
			c := w[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
		}
	} else {
		b = append(b, strings.ToLower(w)...)
	}
	x := b[start:]
	for _, pos := range []string{"'s", "’s"} {
		if n := len(x) - len(pos); n > 0 && string(x[n:]) == pos && string(x[:n]) != "people" {
			x = x[:n]
		}
	}
	if len(x) > 1 && x[len(x)-1] == '.' && bytes.Count(x, []byte{'.'}) == 1 {
		x = x[:len(x)-1]
	}
	return b[:start+len(x)]
}

func isASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return false
		}
	}
	return true
}
