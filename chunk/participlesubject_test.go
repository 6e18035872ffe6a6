package chunk

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// TestParticipleOnSubject parses sentences whose subject carries a
// participle phrase ("A plane carrying aid landed"): the participle is a
// reduced relative inside the subject, and the finite verb after it heads
// the clause. Without a finite verb after its phrase, or after an
// auxiliary, the -ing verb stays the clause's own.
func TestParticipleOnSubject(t *testing.T) {
	for _, c := range []struct {
		text string
		want string // the start of the parse
	}{
		{"A cargo plane carrying 25 tonnes of tents from Jordan landed in Ankara on Monday.",
			"(ROOT (S (NP (NP (DT A) (NN cargo) (NN plane)) (VP (VBG carrying)"},
		{"Hundreds of families fleeing the floods reached the capital on Sunday.",
			"(ROOT (S (NP (NP (NP (NNS Hundreds))"},
		{"The first ship carrying Ukrainian grain under the deal left the port of Odesa on Monday.",
			"(ROOT (S (NP (NP (DT The) (JJ first) (NN ship)) (VP (VBG carrying)"},
		{"Norway is sending two frigates to the region.",
			"(ROOT (S (NP (NNP Norway)) (VP (VBZ is) (VP (VBG sending)"},
	} {
		p := New(nil)
		got := p.Parse("", dyad.Sentence{Text: c.text}).String()
		if !strings.HasPrefix(got, c.want) {
			t.Errorf("%s:\n got %s\nwant %s …", c.text, got, c.want)
		}
	}
	// The clause's verb is the finite one, a child of the sentence's S.
	p := New(nil)
	got := p.Parse("", dyad.Sentence{Text: "Hundreds of families fleeing the floods reached the capital on Sunday."}).String()
	if !strings.Contains(got, "))) (VP (VBD reached)") {
		t.Errorf("reached is not the clause's verb: %s", got)
	}
}
