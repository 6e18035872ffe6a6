package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A unit is a sentence fragment as a naive splitter would cut it: text
// between sentence punctuation and the next space, or between paragraphs. A
// single line break without punctuation before it does not cut: a title and a
// byline stay with the sentence under them, as a splitter would leave them.
type unit struct {
	lo, hi int
	lower  bool // starts with an ASCII lower-case letter: continues something
	upper  bool // starts with an upper-case letter
	end    int  // how it ends: endStop, endAbbrev, endTitle or endOpen
	words  int
	quote  int // +1 when it opens a quotation it does not close, -1 when it closes one it did not open
}

const (
	endStop   = iota // sentence punctuation after a word
	endAbbrev        // an abbreviation that may or may not end a sentence: "U.N."
	endTitle         // a title that wants a name after it: "Gen."
	endOpen          // no sentence punctuation
)

// splitUnits cuts s[from:] (whitespace already tidied) into units.
func splitUnits(s string, from int) []unit {
	var out []unit
	lo := from
	for i := from; i < len(s); i++ {
		c := s[i]
		if c != ' ' && c != '\n' {
			continue
		}
		j := i
		nl := 0
		for j < len(s) && (s[j] == ' ' || s[j] == '\n') {
			if s[j] == '\n' {
				nl++
			}
			j++
		}
		if nl >= 2 || afterStop(s, i) {
			if i > lo {
				out = append(out, newUnit(s, lo, i))
			}
			lo = j
		}
		i = j - 1
	}
	// The last unit ends at its last word: whitespace after it is the
	// text's tail, which fixOrder copies after the units whatever their
	// order. Kept in the unit, a trailing newline moved with it when the
	// order was reversed and stacked on the break before the next unit
	// ("1\n" + "\n\n" gave three newlines).
	hi := len(s)
	for hi > lo && (s[hi-1] == ' ' || s[hi-1] == '\n') {
		hi--
	}
	if lo < hi {
		out = append(out, newUnit(s, lo, hi))
	}
	return out
}

// afterStop reports whether s[:i] ends with sentence punctuation, perhaps
// followed by closing quotes or brackets.
func afterStop(s string, i int) bool {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		switch r {
		case '"', '\'', ')', ']', '”', '’':
			i -= n
			continue
		case '.', '!', '?':
			return true
		}
		return false
	}
	return false
}

func newUnit(s string, lo, hi int) unit {
	u := unit{lo: lo, hi: hi}
	t := s[lo:hi]
	r, _ := utf8.DecodeRuneInString(t)
	u.lower = r >= 'a' && r <= 'z'
	u.upper = unicode.IsUpper(r)
	u.words = strings.Count(t, " ") + 1
	u.end = unitEnd(t)
	u.quote = quoteBalance(t)
	return u
}

// quoteBalance tells whether t opens a quotation that goes on after it (+1),
// closes one that began before it (-1), or neither (0). Curly quotes say so
// themselves; for straight quotes an odd count is judged by the last one:
// before a letter it opens, after punctuation or a letter it closes.
func quoteBalance(t string) int {
	open := strings.Count(t, "“") - strings.Count(t, "”")
	switch {
	case open > 0:
		return 1
	case open < 0:
		return -1
	}
	if strings.Count(t, "\"")%2 == 0 {
		return 0
	}
	k := strings.LastIndexByte(t, '"')
	after := k+1 < len(t) && isASCIILetter(rune(t[k+1]))
	before := k > 0 && t[k-1] != ' ' && t[k-1] != '('
	switch {
	case after && !before:
		return 1
	case before && !after:
		return -1
	}
	return 0
}

// unitEnd classifies how a fragment ends.
func unitEnd(t string) int {
	t = strings.TrimRight(t, "\"')]”’")
	if t == "" {
		return endOpen
	}
	switch t[len(t)-1] {
	case '!', '?':
		return endStop
	case '.':
	default:
		return endOpen
	}
	k := strings.LastIndexAny(t, " (\"“")
	tok := t[k+1 : len(t)-1] // the last word without its final dot
	low := strings.ToLower(tok)
	switch {
	case titles[low]:
		return endTitle
	case abbreviations[low], initialism(tok):
		return endAbbrev
	}
	return endStop
}

// initialism reports whether tok is letters separated by dots: "U.N", "U.S".
func initialism(tok string) bool {
	if len(tok) < 3 {
		return len(tok) == 1 && tok[0] >= 'A' && tok[0] <= 'Z' // a middle initial
	}
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		if i%2 == 0 && !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') || i%2 == 1 && c != '.' {
			return false
		}
	}
	return true
}

// titles are abbreviations that stand before a name.
var titles = setOf(`gen lt col maj capt cpt sgt cpl pvt adm brig cmdr cdr gov sen rep
pres amb mr mrs ms dr prof rev fr hon supt insp det st mt gens sens reps`)

// abbreviations may end a sentence or not.
var abbreviations = setOf(`no nos vs etc inc corp co ltd jr sr approx est dept govt
jan feb mar apr aug sep sept oct nov dec e.g i.e a.m p.m`)

// fits reports whether b reads as the continuation of a.
func fits(a, b unit) bool {
	return b.lower && (a.end == endAbbrev || a.end == endTitle || a.end == endOpen) ||
		a.end == endTitle && b.upper
}
