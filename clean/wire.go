package clean

import "strings"

// dropWirePrefix removes the slug a news agency puts before a headline to
// say which version or kind of story it is: "UPDATE 1-Philippines summons
// Chinese envoy", "EXCLUSIVE-Iran ...", "WRAPUP 2-...", "REFILE-UPDATE
// 3-...". The slug is glued to the headline's first word, so the tokenizer
// read "1-Philippines" as one word and the tagger the headline as a
// preposition's object; it says nothing about the story. A slug is one of
// wireSlugs in capitals, then an optional space and version number, then a
// hyphen right before a capital letter, at the start of a line; chained
// slugs go together.
func dropWirePrefix(s string, r *run) *edit {
	var e *edit
	start := 0
	for _, l := range r.lines(s) {
		n := wirePrefix(s[l.lo:l.hi])
		if n == 0 {
			continue
		}
		e = lazy(e, s)
		e.copy(start, l.lo)
		lo, hi := around(s, l.lo, l.lo+n, 12)
		e.note(s[lo:hi], s[lo:l.lo]+s[l.lo+n:hi])
		start = l.lo + n
	}
	return finish(e, start)
}

// wirePrefix returns the length of the slugs opening line t, or 0.
func wirePrefix(t string) int {
	n := 0
	for {
		k := slugAt(t[n:])
		if k == 0 {
			break
		}
		n += k
	}
	if n == 0 || n >= len(t) || t[n] < 'A' || t[n] > 'Z' {
		return 0
	}
	return n
}

// slugAt returns the length of one slug with its hyphen at the start of t,
// or 0.
func slugAt(t string) int {
	for _, w := range wireSlugs {
		if !strings.HasPrefix(t, w) {
			continue
		}
		i := len(w)
		if i+1 < len(t) && t[i] == ' ' && t[i+1] >= '0' && t[i+1] <= '9' {
			i++
			for i < len(t) && t[i] >= '0' && t[i] <= '9' {
				i++
			}
		}
		if i < len(t) && t[i] == '-' {
			return i + 1
		}
	}
	return 0
}

// wireSlugs are the agencies' story-version and story-kind slugs. Chained
// slugs ("CORRECTED-UPDATE 2-") are read one by one, so need no entry.
var wireSlugs = []string{
	"UPDATE", "EXCLUSIVE", "WRAPUP", "REFILE", "CORRECTED", "RPT", "ANALYSIS",
	"FACTBOX", "INSIGHT", "BREAKINGVIEWS", "FEATURE", "INTERVIEW",
}
