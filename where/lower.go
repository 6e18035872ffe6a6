package where

import "strings"

// lowerIs reports whether strings.ToLower(w) == lower without making the
// lower-case copy when w is ASCII (almost every word; Find asks about each
// one, and capitalised words cost an allocation each).
func lowerIs(w, lower string) bool {
	if !isASCII(w) {
		return strings.ToLower(w) == lower
	}
	if len(w) != len(lower) {
		return false // an ASCII word lower-cases to as many bytes
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[k] {
			return false
		}
	}
	return true
}

// isASCII reports whether w has only ASCII bytes.
func isASCII(w string) bool {
	for k := 0; k < len(w); k++ {
		if w[k] >= 0x80 {
			return false
		}
	}
	return true
}

// byFirstWord returns idx[strings.ToLower(w)], lower-casing ASCII words into
// a stack buffer.
func byFirstWord(idx map[string][]name, w string) []name {
	var buf [32]byte
	if len(w) > len(buf) || !isASCII(w) {
		return idx[strings.ToLower(w)]
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	return idx[string(buf[:len(w)])]
}
