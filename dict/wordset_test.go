package dict

import (
	"strconv"
	"testing"
)

// TestWordSet: every first word of the production actors, agents and issues
// is in its set (a miss would lose matches), and words that are not keys
// mostly are not (else the set saves nothing).
func TestWordSet(t *testing.T) {
	set, _ := Default()
	for _, tc := range []struct {
		name  string
		keys  func(func(string))
		words *WordSet
	}{
		{"actors", func(f func(string)) {
			for w := range set.Actors.index {
				f(w)
			}
		}, &set.Actors.firsts},
		{"agents", func(f func(string)) {
			for w := range set.Agents.index {
				f(w)
			}
		}, &set.Agents.firsts},
		{"issues", func(f func(string)) {
			for w := range set.Issues.index {
				f(w)
			}
		}, &set.Issues.firsts},
	} {
		n := 0
		tc.keys(func(w string) {
			n++
			if !tc.words.MayHave(w) {
				t.Errorf("%s: first word %q not in the set", tc.name, w)
			}
		})
		if n < 100 {
			t.Errorf("%s: only %d first words", tc.name, n)
		}
		yes := 0
		for i := range 10000 {
			if tc.words.MayHave("NOT-A-WORD-" + strconv.Itoa(i)) {
				yes++
			}
		}
		if yes > 1000 {
			t.Errorf("%s: %d of 10,000 other words pass the set", tc.name, yes)
		}
	}
	var empty WordSet
	if !empty.MayHave("ANY") {
		t.Error("an unbuilt set must let every word through")
	}
	if small := NewWordSet(map[string]bool{"IRAN": true}); !small.MayHave("ANY") {
		t.Error("the set of a small map must let every word through")
	}
}
