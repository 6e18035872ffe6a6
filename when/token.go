package when

import "strings"

// token is one word or number of the text: a maximal run of ASCII letters, or
// of digits, with its byte offsets. Words are also kept lower-cased.
type token struct {
	start, end int
	text       string // as written
	lower      string
	num        int  // value when digit, else -1
	cap        bool // starts with an upper-case letter
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }

// tokenize splits text into letter runs and digit runs; everything else
// (spaces, punctuation, non-ASCII bytes) separates them. "3rd" gives "3", "rd".
// The tokens are appended to toks. The lower-case forms of capitalised words
// are slices of one lower-cased copy of text, made at the first capital.
func tokenize(toks []token, text string) []token {
	lower := ""
	for i := 0; i < len(text); {
		c := text[i]
		if !isLetter(c) && !isDigit(c) {
			i++
			continue
		}
		j := i + 1
		digit := isDigit(c)
		for j < len(text) && (digit && isDigit(text[j]) || !digit && isLetter(text[j])) {
			j++
		}
		t := token{start: i, end: j, text: text[i:j], num: -1}
		if digit {
			if j-i <= 4 {
				n := 0
				for k := i; k < j; k++ {
					n = n*10 + int(text[k]-'0')
				}
				t.num = n
			}
			t.lower = t.text
		} else {
			t.cap = c >= 'A' && c <= 'Z'
			t.lower = t.text
			if hasUpper(t.text) {
				if lower == "" {
					lower = lowerASCII(text)
				}
				t.lower = lower[i:j]
			}
		}
		toks = append(toks, t)
		i = j
	}
	return toks
}

func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// lowerASCII lower-cases the ASCII letters of s and leaves every other byte
// as it is, so byte offsets into s are offsets into the result.
func lowerASCII(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}
