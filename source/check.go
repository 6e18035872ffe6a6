package source

import (
	"bytes"
	"fmt"
	"io"
	"unicode/utf8"
)

// readLimited reads r to its end, keeping at most max bytes. over reports that
// the input was longer than max; the rest is left unread.
func readLimited(r io.Reader, max int64) (data []byte, over bool, err error) {
	data, err = io.ReadAll(io.LimitReader(r, max+1))
	if int64(len(data)) > max {
		return data[:max], true, err
	}
	return data, false, err
}

// badText returns why b cannot be a document's text, or "" when it can: it
// must be valid UTF-8, hold no NUL or stray control bytes and not be blank.
func badText(b []byte) string {
	if i := invalidUTF8(b); i >= 0 {
		return fmt.Sprintf("invalid UTF-8 at byte %d", i)
	}
	if looksBinary(b) {
		return "binary content (" + describeBinary(b) + ")"
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return "empty document"
	}
	return ""
}

// invalidUTF8 returns the offset of the first byte of b that is not valid
// UTF-8, or -1.
func invalidUTF8(b []byte) int {
	if utf8.Valid(b) {
		return -1
	}
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}
