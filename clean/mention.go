package clean

import (
	"unicode"
	"unicode/utf8"
)

// A mention of a name or acronym in a unit, at a byte offset in the unit.
type mention struct {
	unit, off int
	full      bool // a full name ("Mohammad Bagheri") or an acronym's definition ("(AFGS)")
}

// mentions holds the names, acronyms and nouns mentioned both in full and
// short. For a noun "full" is its introduction with "a" or "an", short its
// use with "the" ("a new offer" … "the new offer").
type mentions struct {
	names, acronyms, nouns map[string][]mention
}

// findMentions collects name and acronym mentions in units; unit indexes
// are counted from base.
func findMentions(s string, units []unit, base int) mentions {
	names := map[string][]mention{}
	acr := map[string][]mention{}
	nouns := map[string][]mention{}
	for k, u := range units {
		t := s[u.lo:u.hi]
		runLen, runEnd := 0, ""
		var runOff int
		flush := func() {
			if runLen > 0 {
				names[runEnd] = append(names[runEnd], mention{unit: base + k, off: runOff, full: runLen > 1})
			}
			runLen = 0
		}
		prevEnd := -1
		article := 0 // 1 after "a"/"an", 2 after "the"
		for i := 0; i < len(t); {
			r, n := utf8.DecodeRuneInString(t[i:])
			if !unicode.IsLetter(r) {
				i += n
				continue
			}
			j := i + n
			for j < len(t) {
				r2, n2 := utf8.DecodeRuneInString(t[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || (r2 == '-' || r2 == '\'' || r2 == '’') && j+n2 < len(t) && isLetterAt(t, j+n2) {
					j += n2
					continue
				}
				break
			}
			w := t[i:j]
			poss := false
			for _, p := range []string{"'s", "’s"} {
				if len(w) > len(p) && w[len(w)-len(p):] == p {
					w, poss = w[:len(w)-len(p)], true
				}
			}
			if article > 0 && prevEnd == i-1 && len(w) >= 3 && w[0] >= 'a' && w[0] <= 'z' && !isCommonWord(w) {
				nouns[w] = append(nouns[w], mention{unit: base + k, off: i, full: article == 1})
			}
			switch w {
			case "a", "an", "A", "An":
				article = 1
			case "the", "The":
				article = 2
			default:
				article = 0
			}
			switch {
			case isAcronym(w):
				flush()
				def := i > 0 && t[i-1] == '(' && j < len(t) && t[j] == ')'
				acr[w] = append(acr[w], mention{unit: base + k, off: i, full: def})
			case isNameWord(w):
				switch {
				case runLen > 0 && prevEnd == i-1 && t[i-1] == ' ':
					runLen++
					runEnd = w
				case isCommonFold(w):
					// "The", "Following": capitalised only because they
					// start a sentence; they do not start a name.
					flush()
				default:
					flush()
					runLen, runEnd, runOff = 1, w, i
				}
				if poss {
					flush()
				}
			default:
				flush()
			}
			prevEnd = j
			i = j
		}
		flush()
	}
	return mentions{names: keepBoth(names), acronyms: keepBoth(acr), nouns: keepBoth(nouns)}
}

func isLetterAt(t string, i int) bool {
	r, _ := utf8.DecodeRuneInString(t[i:])
	return unicode.IsLetter(r)
}

// keepBoth keeps the keys seen both in full and short.
func keepBoth(m map[string][]mention) map[string][]mention {
	for k, ms := range m {
		full, short := false, false
		for _, x := range ms {
			full = full || x.full
			short = short || !x.full
		}
		if !full || !short {
			delete(m, k)
		}
	}
	return m
}

// isNameWord reports whether w is capitalised and not all capitals.
func isNameWord(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || n == len(w) {
		return false
	}
	lower := false
	for _, c := range w[n:] {
		if unicode.IsLower(c) {
			lower = true
		} else if unicode.IsUpper(c) {
			return false
		}
	}
	return lower
}

func isAcronym(w string) bool {
	if len(w) < 2 || len(w) > 8 {
		return false
	}
	caps := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			caps++
		case c >= '0' && c <= '9':
		default:
			return false
		}
	}
	return caps >= 2
}

// judge scores an order: +1 for each name or acronym whose full form comes
// first, -1 for each whose short form does.
func (m mentions) judge(order []int) (names, acronyms, nouns int) {
	rank := ranks(order)
	return score1(m.names, rank), score1(m.acronyms, rank), score1(m.nouns, rank)
}

// ranks maps a unit index to its place in order.
func ranks(order []int) map[int]int {
	rank := make(map[int]int, len(order))
	for k, i := range order {
		rank[i] = k
	}
	return rank
}

// negatives counts the names, acronyms and nouns whose short form comes first.
func (m mentions) negatives(order []int) (names, acronyms, nouns int) {
	rank := ranks(order)
	return neg1(m.names, rank), neg1(m.acronyms, rank), neg1(m.nouns, rank)
}

func score1(m map[string][]mention, rank map[int]int) int {
	s := 0
	for _, ms := range m {
		if fullFirst(ms, rank) {
			s++
		} else {
			s--
		}
	}
	return s
}

func neg1(m map[string][]mention, rank map[int]int) int {
	s := 0
	for _, ms := range m {
		if !fullFirst(ms, rank) {
			s++
		}
	}
	return s
}

// fullFirst reports whether, read in order, the first mention is a full one.
func fullFirst(ms []mention, rank map[int]int) bool {
	best := -1
	var bestRank, bestOff int
	for k, x := range ms {
		rk := rank[x.unit]
		if best < 0 || rk < bestRank || rk == bestRank && x.off < bestOff {
			best, bestRank, bestOff = k, rk, x.off
		}
	}
	return ms[best].full
}
