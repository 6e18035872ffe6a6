package source

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

// DocID returns the stable id of a document: given when it is not blank, else
// the first 16 hex digits of the SHA-256 of url, a newline and text.
func DocID(given, url, text string) string {
	if g := strings.TrimSpace(given); g != "" {
		return g
	}
	h := sha256.New()
	h.Write([]byte(url))
	h.Write([]byte{'\n'})
	h.Write([]byte(text))
	var sum [sha256.Size]byte
	return hex.EncodeToString(h.Sum(sum[:0])[:8])
}
