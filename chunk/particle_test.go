package chunk

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// TestParticleBeforeOf keeps a verb's particle before an of-phrase inside
// the verb phrase: "drove the army out of the town" is
// (VP (VBD drove) (NP ...) (PRT (RP out)) (PP (IN of) ...)), active or
// passive. Read as a preposition, "out" ended the verb phrase and the
// of-phrase hung outside it. A particle before the object was already the
// verb's, and "out" before a plain noun phrase is left as it was.
func TestParticleBeforeOf(t *testing.T) {
	for _, c := range []struct {
		text string
		want string
	}{
		{"Militias drove the villagers out of the valley last week.",
			"(VP (VBD drove) (NP (DT the) (NNS villagers)) (PRT (RP out)) (PP (IN of) (NP (DT the) (NN valley)))"},
		{"The rebels were pushed out of the port on Sunday.",
			"(VP (VBN pushed) (PRT (RP out)) (PP (IN of) (NP (DT the) (NN port)))"},
		{"The coalition is made up of five parties.",
			"(VP (VBN made) (PRT (RP up)) (PP (IN of)"},
		// negatives: a particle before the object, and "out" with no "of"
		{"Militias drove out the villagers from the valley.",
			"(VP (VBD drove) (PRT (RP out)) (NP (DT the) (NNS villagers)) (PP (IN from)"},
	} {
		p := New(nil)
		got := p.Parse("", dyad.Sentence{Text: c.text}).String()
		if !strings.Contains(got, c.want) {
			t.Errorf("%s:\n got %s\nwant … %s …", c.text, got, c.want)
		}
	}
}
