// Package fold looks words up in tables keyed by lower-case words without
// allocating a lower-cased copy of each word.
package fold

import "strings"

// Get returns m[strings.ToLower(w)]. A plain ASCII word of up to 32 bytes is
// lower-cased on the stack, so asking about every word of a text allocates
// nothing; other words go through strings.ToLower.
func Get[V any](m map[string]V, w string) V {
	var buf [32]byte
	if len(w) > len(buf) {
		return m[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return m[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return m[string(buf[:len(w)])]
}
