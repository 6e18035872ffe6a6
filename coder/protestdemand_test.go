package coder

import (
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/treebank"
)

// TestProtestDemandsTwoProtests: with two protests in one sentence, each
// closed by its own demand, both protests take their demand's sub-code and
// both demands go (protestdemand.go). Before the sub-codes had a pass of
// their own, the second protest was recoded after dropEvents had copied
// it, and kept its three-digit code. A demand after a finite verb of its
// own stays, and its protest keeps the three-digit code.
func TestProtestDemandsTwoProtests(t *testing.T) {
	c := New(newsDicts(t), DefaultOptions())
	text := "Students marched, demanding reform, and workers rallied, demanding change."
	tree := "(ROOT (S (S (NP (NNS Students)) (VP (VBD marched) (, ,) (S (VP (VBG demanding) (NP (NN reform)))))) (, ,) (CC and) (S (NP (NNS workers)) (VP (VBD rallied) (, ,) (S (VP (VBG demanding) (NP (NN change)))))) (. .)))"
	root, err := treebank.Parse(tree)
	if err != nil {
		t.Fatal(err)
	}
	treebank.Align(root, text, 0)
	s := &sent{}
	s.reset(c, root, time.Date(2024, 4, 14, 0, 0, 0, 0, time.UTC))
	span := func(w string, nth int) dyad.Span {
		i := -1
		for n := 0; n <= nth; n++ {
			i += 1 + strings.Index(text[i+1:], w)
		}
		return dyad.Span{Start: i, End: i + len(w)}
	}
	src := dyad.Actor{Code: "BGDEDU"}
	tgt := dyad.Actor{Code: "BGDGOV"}
	ev := func(code, verb string, nth int) dyad.Event {
		return dyad.Event{Source: src, Target: tgt, Code: dyad.Code(code), Verb: span(verb, nth)}
	}
	codes := func(evs []dyad.Event) string {
		var got []string
		for _, e := range evs {
			got = append(got, string(e.Code))
		}
		return strings.Join(got, " ")
	}
	in := []dyad.Event{ev("141", "marched", 0), ev("1041", "demanding", 0), ev("141", "rallied", 0), ev("1042", "demanding", 1)}
	if got, want := codes(s.protestDemands(in)), "1411 1412"; got != want {
		t.Errorf("two protests, two demands: got %s, want %s", got, want)
	}
	// Negative: the second demand closes "rallied" only; with no protest
	// coded for it, the demand stays and the first protest keeps its own
	// sub-code (a finite verb stands between it and the second demand).
	in = []dyad.Event{ev("141", "marched", 0), ev("1041", "demanding", 0), ev("1042", "demanding", 1)}
	if got, want := codes(s.protestDemands(in)), "1411 1042"; got != want {
		t.Errorf("one protest, two demands: got %s, want %s", got, want)
	}
}
