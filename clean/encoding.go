package clean

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// cp1252 maps each rune that Windows-1252 (or, for the C1 controls,
// Latin-1) decodes a high byte to back to that byte. It is built once from
// charmap.Windows1252 and only read afterwards.
var cp1252 = func() map[rune]byte {
	m := make(map[rune]byte, 160)
	for b := 0x80; b <= 0xFF; b++ {
		r := charmap.Windows1252.DecodeByte(byte(b))
		if r != utf8.RuneError {
			m[r] = byte(b)
		}
	}
	for r := rune(0x80); r <= 0x9F; r++ {
		if _, ok := m[r]; !ok {
			m[r] = byte(r)
		}
	}
	return m
}()

// fixEncoding replaces bytes that are not UTF-8 — text saved as
// Windows-1252 — by the characters Windows-1252 gives them, and drops NUL
// bytes.
func fixEncoding(s string, _ *run) *edit {
	var e *edit
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == 0 {
				e = lazy(e, s)
				e.copy(start, i)
				e.note(`\x00`, "")
				start = i + 1
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			e = lazy(e, s)
			e.copy(start, i)
			d := charmap.Windows1252.DecodeByte(c)
			if d != utf8.RuneError && unicode.IsPrint(d) {
				e.put(string(d))
				e.note(fmt.Sprintf(`\x%02x`, c), string(d))
			} else {
				e.note(fmt.Sprintf(`\x%02x`, c), "")
			}
			start = i + 1
		}
		i += n
	}
	return finish(e, start)
}

// lazy returns e, making it on the first change.
func lazy(e *edit, s string) *edit {
	if e == nil {
		return newEdit(s)
	}
	return e
}

// finish copies the rest of the source into e; nil stays nil.
func finish(e *edit, start int) *edit {
	if e == nil {
		return nil
	}
	e.copy(start, len(e.src))
	if e.count == 0 && len(e.buf) == len(e.src) && string(e.buf) == e.src {
		return nil
	}
	return e
}

// fixMojibake undoes UTF-8 text that was decoded as Windows-1252 or Latin-1
// ("donâ€™t" → "don’t", "CafÃ©" → "Café"). A run of characters is re-encoded
// to the bytes they came from and decoded as UTF-8 only where those bytes form
// a valid multi-byte sequence whose character is printable, so ordinary
// accented text is left alone. Text encoded twice is undone twice.
func fixMojibake(s string, _ *run) *edit {
	e := mojibakePass(s)
	if e == nil {
		return nil
	}
	if e2 := mojibakePass(e.text()); e2 != nil {
		e2.pieces = compose(e.pieces, false, e2.pieces)
		e2.src = s
		e2.count += e.count
		e2.example = e.example
		e2.detail = "encoded twice"
		return e2
	}
	return e
}

func mojibakePass(s string) *edit {
	var e *edit
	start := 0
	var bs [4]byte
	for i := 0; i < len(s); {
		c := s[i]
		// A mojibake sequence starts with a lead byte 0xC2–0xF4 read as
		// one of Â..ô, which UTF-8 writes as 0xC3 0x82..0xB4.
		if c != 0xC3 {
			i++
			continue
		}
		r0, n0 := utf8.DecodeRuneInString(s[i:])
		b0, ok := cp1252[r0]
		if !ok || b0 < 0xC2 || b0 > 0xF4 {
			i += n0
			continue
		}
		want := 2
		switch {
		case b0 >= 0xF0:
			want = 4
		case b0 >= 0xE0:
			want = 3
		}
		bs[0] = b0
		j := i + n0
		got := 1
		for got < want && j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			b, ok := cp1252[r]
			if r == utf8.RuneError && n == 3 && got == 2 && bs[0] == 0xE2 && bs[1] == 0x80 {
				// The byte 0x9D of "”" has no Windows-1252 character;
				// decoders write U+FFFD for it: "â€�".
				b, ok = 0x9D, true
			}
			if !ok || b < 0x80 || b > 0xBF {
				break
			}
			bs[got] = b
			got++
			j += n
		}
		if got < want {
			i += n0
			continue
		}
		d, dn := utf8.DecodeRune(bs[:want])
		if d == utf8.RuneError || dn != want || !(unicode.IsPrint(d) || d == 0xA0) {
			i += n0
			continue
		}
		e = lazy(e, s)
		e.copy(start, i)
		e.put(string(d))
		e.note(s[i:j], string(d))
		start = j
		i = j
	}
	return finish(e, start)
}
