package devset

import (
	"strings"
	"unicode"
)

// twinAt is the share of content words two items must have in common
// (Jaccard) to be one story told twice.
const twinAt = 0.5

// Folds gives each item its cross-validation fold (0..n-1). Items that
// tell one story (the same event reported in two sets, as the dev halves
// hold several times) share the fold of the first of them, so a model is
// never scored on the twin of an item it was trained on: otherwise a
// relabel seen once looks learnt.
func Folds(items []Item, n int) []int {
	words := make([]map[string]bool, len(items))
	for i := range items {
		words[i] = contentWords(&items[i])
	}
	parent := make([]int, len(items))
	for i := range parent {
		parent[i] = i
	}
	var root func(int) int
	root = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for i := range items {
		for j := i + 1; j < len(items); j++ {
			if twins(words[i], words[j]) {
				a, b := root(i), root(j)
				if a != b {
					parent[max(a, b)] = min(a, b)
				}
			}
		}
	}
	out := make([]int, len(items))
	for i := range items {
		out[i] = Fold(&items[root(i)], n)
	}
	return out
}

// contentWords are the lower-cased words of four letters or more of the
// item's sentences that gave events.
func contentWords(it *Item) map[string]bool {
	ws := map[string]bool{}
	for _, s := range it.Sentences {
		for _, w := range strings.FieldsFunc(s.Text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			if len(w) >= 4 {
				ws[strings.ToLower(w)] = true
			}
		}
	}
	return ws
}

// twins reports whether two items' content words overlap by twinAt or
// more.
func twins(a, b map[string]bool) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	common := 0
	for w := range a {
		if b[w] {
			common++
		}
	}
	return float64(common) >= twinAt*float64(len(a)+len(b)-common)
}
