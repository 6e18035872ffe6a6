package coder

import (
	"testing"
	"time"

	"github.com/dyadproject/dyad/dict"
)

// TestModifierSlot: a pattern whose target slot holds only the source's own
// modifier ("French law" after France) does not fit, so a later pattern
// names the real target instead of an event of the source on itself, which
// was dropped and took the sentence's only event with it (modifier.go).
// Sentences written for the test; trees as dyad's parser gives them.
func TestModifierSlot(t *testing.T) {
	set, _ := dict.Default()
	c := New(set, DefaultOptions())
	date := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	warned := func(obj string) string {
		return "(ROOT (S (NP (NNP France)) (VP (VBD warned) (NP (NNP Italy)) (SBAR (IN that) (S (NP (PRP it)) (VP (VBD was) (VP (VBG " + obj + ")))))) (. .)))"
	}
	tests := []struct {
		name, tree, want string
	}{
		{"the source's adjective before a thing is no target",
			warned("breaking) (NP (JJ French) (NN law)"),
			"FRA ITA 130"},
		{"a head naming people stays the target",
			warned("expelling) (NP (JJ French) (NNS diplomats)"),
			"FRA FRAGOV 174"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := codeTree(t, c, tt.tree, date); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
