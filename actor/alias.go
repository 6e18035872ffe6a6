package actor

import (
	"bufio"
	"bytes"
	"sort"
	"strings"
)

// BareAliases is the rule for one-word aliases ("RAISI_", "BAN_") in the
// generated dictionary. A dictionary phrase of one word codes that word
// wherever it stands, so a one-word alias is written only when the word names
// the person and nothing else a news story is likely to mean:
//
//   - not a common English word: a word of the CAMEO dictionaries' own
//     vocabulary (verb forms, pattern words, agents) or of a reviewed list
//     ("ban" from Ban Ki-moon, "gallant" from Yoav Gallant);
//   - not a word of a multi-word place name ("DAR" of Dar es Salaam from
//     Ishaq Dar);
//   - not a common name: a word of the multi-word names of people of
//     MaxCountries or more other countries in the Phoenix country dictionary
//     ("ABBAS", "MICHEL", "JOHNSON").
//
// The full name and the multi-word aliases are always written.
type BareAliases struct {
	English      map[string]bool            // upper case
	Places       map[string]bool            // words of multi-word place names
	Names        map[string]map[string]bool // word → countries of people whose names hold it
	MaxCountries int
}

// Reject returns why the one-word alias (upper case, no underscore) of a
// person of country must not be written, or "".
func (r *BareAliases) Reject(word, country string) string {
	if r == nil {
		return ""
	}
	if r.English[word] {
		return "a common English word"
	}
	if r.Places[word] {
		return "a word of a place name"
	}
	var other []string
	for c := range r.Names[word] {
		if c != country {
			other = append(other, c)
		}
	}
	if r.MaxCountries > 0 && len(other) >= r.MaxCountries {
		sort.Strings(other)
		return "a common name (people of " + strings.Join(other, " ") + " in Phoenix)"
	}
	return ""
}

// ReadBareAliases builds the rule from the Phoenix country actor dictionary
// (people and places), the CAMEO verb and agent dictionaries (English words)
// and a reviewed list of English words (one a line, '#' comments).
func ReadBareAliases(countries, verbs, agents, english []byte) *BareAliases {
	r := &BareAliases{English: map[string]bool{}, Places: map[string]bool{}, Names: map[string]map[string]bool{}, MaxCountries: 3}
	for _, src := range [][]byte{verbs, agents} {
		eachLine(src, func(s string) {
			if i := strings.IndexByte(s, '['); i >= 0 && !strings.HasPrefix(s, "-") {
				s = s[:i] // an agent's or verb's code
			}
			for _, w := range strings.FieldsFunc(strings.ToUpper(s), notWordRune) {
				r.English[w] = true
			}
		})
	}
	eachLine(english, func(s string) {
		for _, w := range strings.Fields(strings.ToUpper(s)) {
			r.English[w] = true
		}
	})
	// Phoenix country file: a group starts with a phrase line; a group whose
	// first line has a bare three-letter code ("LIBERIA_  [LBR]") is a
	// country with its places and demonyms, any other is a person (or body)
	// with date-restricted codes.
	var phrases []string
	place := false
	codes := map[string]bool{}
	flush := func() {
		for _, p := range phrases {
			ws := strings.FieldsFunc(p, func(r rune) bool { return r == '_' || r == ' ' })
			if len(ws) < 2 {
				continue
			}
			for _, w := range ws {
				if place {
					r.Places[w] = true
					continue
				}
				if r.Names[w] == nil {
					r.Names[w] = map[string]bool{}
				}
				for c := range codes {
					r.Names[w][c] = true
				}
			}
		}
		phrases, codes = phrases[:0], map[string]bool{}
	}
	eachLine(countries, func(s string) {
		if s[0] != '+' && s[0] != '[' {
			flush()
			code := between(s, '[', ']')
			place = len(code) == 3
		}
		if s[0] != '[' {
			p := strings.TrimPrefix(s, "+")
			if i := strings.IndexByte(p, '['); i >= 0 {
				p = p[:i]
			}
			phrases = append(phrases, strings.ToUpper(strings.TrimSpace(p)))
		}
		for rest := s; ; {
			c := between(rest, '[', ']')
			if c == "" {
				break
			}
			if len(c) >= 3 {
				codes[c[:3]] = true
			}
			rest = rest[strings.IndexByte(rest, ']')+1:]
		}
	})
	flush()
	return r
}

// eachLine calls fn with each line of data, '#' comments and blanks removed.
func eachLine(data []byte, fn func(string)) {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		s := sc.Text()
		if i := strings.IndexByte(s, '#'); i >= 0 {
			s = s[:i]
		}
		if s = strings.TrimSpace(s); s != "" {
			fn(s)
		}
	}
}

// between returns the text between the first open and the next close, or "".
func between(s string, open, close byte) string {
	i := strings.IndexByte(s, open)
	if i < 0 {
		return ""
	}
	j := strings.IndexByte(s[i:], close)
	if j < 0 {
		return ""
	}
	return strings.TrimSpace(s[i+1 : i+j])
}

func notWordRune(r rune) bool {
	return !(r >= 'A' && r <= 'Z' || r == '\'' || r == '-')
}
