package actor

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns the look-up key of a name: lower case, accents removed,
// hyphens and underscores as spaces, dots and apostrophes dropped, spaces
// collapsed. "Amir-Abdollahian", "AMIR_ABDOLLAHIAN" and "amir abdollahian"
// share a key; so do "António Guterres" and "Antonio Guterres".
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '.' || r == '\'' || r == '’' || r == '`':
			continue
		case r == '-' || r == '_' || r == ',' || unicode.IsSpace(r):
			if !space {
				b.WriteByte(' ')
				space = true
			}
			continue
		}
		b.WriteRune(unicode.ToLower(r))
		space = false
	}
	return strings.TrimSuffix(b.String(), " ")
}

// foldAccents removes accents and keeps everything else: "José" → "Jose".
func foldAccents(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}
