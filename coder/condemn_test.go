package coder

import (
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad/dict"
)

// TestCondemnedAct: a criticism of an act is aimed at the act's author, not
// at the actor the act was "on" (codebook 111: "criticize ... responsible
// parties"). Trees as dyad's parser gives them, production dictionaries.
func TestCondemnedAct(t *testing.T) {
	set, _ := dict.Default()
	c := New(set, DefaultOptions())
	date := time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)
	obj := func(verb, np, pp string) string {
		return "(ROOT (S (NP (NNP Egypt)) (VP (VBD " + verb + ") " + np + " " + pp + ") (. .)))"
	}
	onLebanon := "(PP (IN on) (NP (NNP Lebanon)))"
	tests := []struct {
		name, tree string
		want       []string
	}{
		// CONDEMN's "- * ^ ON + [111]".
		{"an adjective names the author",
			obj("condemned", "(NP (DT the) (NNP Israeli) (NN raid))", onLebanon),
			[]string{"EGY ISR 111"}},
		{"a possessive names the author",
			obj("condemned", "(NP (NP (NNP Israel) (POS 's)) (NN raid))", onLebanon),
			[]string{"EGY ISR 111"}},
		// "- * ATTACK &PREPOSIT1 + [111]".
		{"an attack pattern's preposition",
			obj("condemned", "(NP (DT the) (NNP Israeli) (NN attack))", onLebanon),
			[]string{"EGY ISR 111"}},
		{"a by phrase names the author",
			obj("condemned", "(NP (DT the) (NN attack)) (PP (IN by) (NP (NNP Israel)))", onLebanon),
			[]string{"EGY ISR 111"}},
		{"against",
			obj("condemned", "(NP (DT the) (JJ American) (NN air) (NNS strikes))", "(PP (IN against) (NP (NNP Serbia)))"),
			[]string{"EGY USA 111"}},
		{"a measure's author",
			obj("criticized", "(NP (DT the) (NNP UN) (NNS sanctions))", "(PP (IN on) (NP (NNP Iraq)))"),
			[]string{"EGY IGOUNO 111"}},
		// Left as the patterns read them: no author named (the victim as
		// the one criticized is wrong, but no author is known), and "blame
		// X on Y", which names the one blamed.
		{"no author named",
			obj("condemned", "(NP (DT the) (NN attack))", onLebanon),
			[]string{"EGY LBN 111"}},
		{"blame on",
			obj("blamed", "(NP (DT the) (NN attack))", "(PP (IN on) (NP (NNP Hamas)))"),
			[]string{"EGY PSEREBHMS 112"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := codeTree(t, c, tt.tree, date), strings.Join(tt.want, "; "); got != want {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}
