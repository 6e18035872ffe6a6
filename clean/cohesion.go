package clean

import (
	"strings"
)

// cohesion compares how many content words adjacent units share with how
// many units two or more apart share. Text in reading order (or reversed,
// which keeps neighbours) scores above 1; shuffled text near or below 1.
// ok is false when the text is too short to tell.
func cohesion(s string, units []unit) (ratio float64, ok bool) {
	if len(units) < 6 {
		return 0, false
	}
	sets := make([]map[string]bool, len(units))
	for k, u := range units {
		m := map[string]bool{}
		for _, w := range lineWords(s[u.lo:u.hi]) {
			if len(w) >= 4 && !isCommonWord(w) {
				m[stem(w)] = true
			}
		}
		sets[k] = m
	}
	shared := func(a, b map[string]bool) float64 {
		n := 0
		for w := range a {
			if b[w] {
				n++
			}
		}
		if len(a) == 0 || len(b) == 0 {
			return 0
		}
		return float64(n) / float64(min(len(a), len(b)))
	}
	var adj, far float64
	var nAdj, nFar int
	for i := range sets {
		for j := i + 1; j < len(sets) && j <= i+4; j++ {
			if j == i+1 {
				adj += shared(sets[i], sets[j])
				nAdj++
			} else {
				far += shared(sets[i], sets[j])
				nFar++
			}
		}
	}
	adj /= float64(nAdj)
	far /= float64(nFar)
	if far == 0 {
		return 2, adj > 0
	}
	return adj / far, true
}

// stem cuts common English endings so "flood" and "floods" match.
func stem(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "s", "'s", "’s"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}
