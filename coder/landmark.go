package coder

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
)

//go:embed data/landmarks.txt
var landmarksTxt string

// landmark is one row of data/landmarks.txt: a named building or venue and
// the state it stands in.
type landmark struct {
	words   []string // upper-cased, as sent.words holds them
	country string
}

// landmarks are the table's rows by their first word, longest first, so
// that "Elysee Palace" is tried before "Elysee" and a name is read to its
// end. Built once, on first use: the per-sentence lookups (landmarkAt) only
// index it. A name inside a longer one of another first word ("White
// House" in "Russian White House") is left to the callers' left-to-right
// scans, which reach the longer name's first word first.
var landmarks = sync.OnceValue(func() map[string][]landmark {
	t, err := parseLandmarks(landmarksTxt)
	if err != nil {
		panic("coder: data/landmarks.txt: " + err.Error())
	}
	return t
})

// parseLandmarks reads the table: "CODE<TAB>Name words" a line, # comments.
func parseLandmarks(txt string) (map[string][]landmark, error) {
	t := map[string][]landmark{}
	for n, line := range strings.Split(txt, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		code, name, ok := strings.Cut(line, "\t")
		words := strings.Fields(strings.ToUpper(name))
		if !ok || len(code) != 3 || !isCountryCode(code) || len(words) == 0 {
			return nil, fmt.Errorf("line %d: want a country code, a tab and a name: %q", n+1, line)
		}
		t[words[0]] = append(t[words[0]], landmark{words: words, country: code})
	}
	for _, ls := range t {
		slices.SortStableFunc(ls, func(a, b landmark) int { return len(b.words) - len(a.words) })
	}
	return t, nil
}

// landmarkAt returns the state of the landmark whose name starts at leaf i
// and the leaf after it, or "" and i. A name followed by a possessive ("at
// the Kremlin's invitation") is the actor's, not a place.
func (s *sent) landmarkAt(i int) (string, int) {
	for _, l := range landmarks()[s.words[i]] {
		end := i + len(l.words)
		if end > len(s.words) || !slices.Equal(s.words[i:end], l.words) {
			continue
		}
		if end < len(s.tags) && s.tags[end] == "POS" {
			return "", i
		}
		return l.country, end
	}
	return "", i
}

// landmarkPlace returns the state of a landmark named at leaf i as a place
// — after a locative preposition, as a country or city is (locative):
// "met Trump at the White House" was held in the United States, "talks at
// the Kremlin" in Russia — and the leaf after its name; "" and i
// otherwise. Never at leaf 0: a landmark opening the sentence is its
// subject ("The Kremlin said"), not a dateline.
func (s *sent) landmarkPlace(i int) (string, int) {
	if i == 0 {
		return "", i
	}
	c, end := s.landmarkAt(i)
	if c == "" || !s.locative(i) {
		return "", i
	}
	return c, end
}
