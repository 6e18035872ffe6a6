package clean

import (
	"html"
	"strings"
)

// fixMarkup removes HTML left in text that was meant to be plain: character
// references ("&amp;", "&#8217;", "&rsquo;") become their characters, and tags
// of a known set become nothing (inline tags) or line breaks (block tags), so
// "<p>" paragraphs survive as paragraph breaks. Unknown "<...>" is kept: it may
// be part of the text.
func fixMarkup(s string, _ *run) *edit {
	if strings.IndexByte(s, '&') < 0 && strings.IndexByte(s, '<') < 0 {
		return nil
	}
	var e *edit
	start := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '&':
			n := entityLen(s[i:])
			if n == 0 {
				continue
			}
			out := html.UnescapeString(s[i : i+n])
			if out == s[i:i+n] {
				continue
			}
			e = lazy(e, s)
			e.copy(start, i)
			e.put(out)
			e.note(s[i:i+n], out)
			start = i + n
			i += n - 1
		case '<':
			n, out := tagLen(s[i:])
			if n == 0 {
				continue
			}
			e = lazy(e, s)
			e.copy(start, i)
			e.put(out)
			e.note(s[i:i+n], out)
			start = i + n
			i += n - 1
		}
	}
	return finish(e, start)
}

// entityLen returns the length of a character reference at the start of s
// ("&amp;", "&#39;", "&#x2019;"), or 0.
func entityLen(s string) int {
	for j := 1; j < len(s) && j <= 12; j++ {
		c := s[j]
		switch {
		case c == ';':
			if j > 1 {
				return j + 1
			}
			return 0
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '#' && j == 1:
		default:
			return 0
		}
	}
	return 0
}

// tagLen returns the length of an HTML tag or comment at the start of s and
// what replaces it, or 0 when s does not start with one of the known tags.
func tagLen(s string) (int, string) {
	if strings.HasPrefix(s, "<!--") {
		if k := strings.Index(s, "-->"); k >= 0 && k < 2000 {
			return k + 3, ""
		}
		return 0, ""
	}
	j := 1
	if j < len(s) && s[j] == '/' {
		j++
	}
	k := j
	for k < len(s) && (s[k] >= 'a' && s[k] <= 'z' || s[k] >= 'A' && s[k] <= 'Z' || s[k] >= '0' && s[k] <= '9') {
		k++
	}
	if k == j || k >= len(s) {
		return 0, ""
	}
	repl, ok := htmlTags[strings.ToLower(s[j:k])]
	if !ok {
		return 0, ""
	}
	if c := s[k]; c != '>' && c != ' ' && c != '/' && c != '\t' && c != '\n' {
		return 0, ""
	}
	end := strings.IndexByte(s[k:], '>')
	if end < 0 || end > 500 || strings.IndexByte(s[k:k+end], '<') >= 0 {
		return 0, ""
	}
	return k + end + 1, repl
}

// htmlTags maps the tags removed from text to what replaces them.
var htmlTags = func() map[string]string {
	m := map[string]string{}
	for _, t := range strings.Fields("a b i u em strong span font small sup sub abbr cite code img") {
		m[t] = ""
	}
	for _, t := range strings.Fields("br li tr dt dd") {
		m[t] = "\n"
	}
	for _, t := range strings.Fields("p div h1 h2 h3 h4 h5 h6 ul ol dl blockquote figure figcaption section article header footer table hr") {
		m[t] = "\n\n"
	}
	return m
}()
